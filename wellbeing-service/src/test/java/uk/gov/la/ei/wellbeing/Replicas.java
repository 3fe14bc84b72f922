package uk.gov.la.ei.wellbeing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Several replicas of the service running the same scheduled check at the same moment. */
public final class Replicas {

    private Replicas() {
    }

    /** Runs {@code check} on {@code replicas} threads released together; returns the sum of their results. */
    public static int atOnce(int replicas, Callable<Integer> check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int n = 0; n < replicas; n++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return check.call();
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
