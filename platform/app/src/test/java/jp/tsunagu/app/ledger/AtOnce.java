package jp.tsunagu.app.ledger;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jp.tsunagu.app.it.Api;

/** Requests sent on threads of their own, released at the same instant, to prove what two at once end in. */
final class AtOnce {

    private AtOnce() {
    }

    /** The replies, in the order of the requests. */
    static List<Api.Reply> send(List<Supplier<Api.Reply>> requests) {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(requests.size())) {
            List<CompletableFuture<Api.Reply>> running = requests.stream()
                    .map(request -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        return request.get();
                    }, threads)).toList();
            start.countDown();
            return running.stream().map(CompletableFuture::join).toList();
        }
    }
}
