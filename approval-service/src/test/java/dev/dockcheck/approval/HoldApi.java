package dev.dockcheck.approval;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.dockcheck.approval.security.LocalUsers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The hold API as a test client sees it: Basic credentials of the local users, ETags and If-Match. */
record HoldApi(MockMvc mvc, LocalUsers users) {

    String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + users.password(user))
                .getBytes(StandardCharsets.UTF_8));
    }

    MvcResult get(String holdId, String user) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/holds/" + holdId).header("Authorization", basic(user))).andReturn();
    }

    String etag(String holdId) throws Exception {
        return get(holdId, "viewer").getResponse().getHeader("ETag");
    }

    MvcResult approve(String holdId, String user, String etag, String comment) throws Exception {
        String body = comment == null ? "{}" : "{\"comment\":\"" + comment + "\"}";
        return decide(holdId, "approve", user, etag, body);
    }

    MvcResult reject(String holdId, String user, String etag, String body) throws Exception {
        return decide(holdId, "reject", user, etag, body);
    }

    private MvcResult decide(String holdId, String action, String user, String etag, String body) throws Exception {
        return mvc.perform(post("/api/holds/" + holdId + "/" + action).header("Authorization", basic(user))
                .header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    /** Runs both at the same moment, on two threads, and returns their results. */
    @SafeVarargs
    final <T> List<T> concurrently(Callable<T>... calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<T>> futures = java.util.Arrays.stream(calls).map(call -> pool.submit(() -> {
                start.await();
                return call.call();
            })).toList();
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
