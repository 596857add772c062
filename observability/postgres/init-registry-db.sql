create database registry owner dockcheck;
