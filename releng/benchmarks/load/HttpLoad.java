import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load generator in a process of its own, so that it does not share the server's JVM: {@code connections}
 * clients, each with its own HTTP/1.1 keep-alive connection, GET one URL as fast as they are answered for
 * {@code seconds}. Prints one line: {@code load <requests/s> <p50 ms> <p99 ms> <errors>}.
 * Run with {@code java HttpLoad.java URL CONNECTIONS SECONDS}.
 */
public final class HttpLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int connections = Integer.parseInt(args[1]);
        long end = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[2])).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            runs.add(pool.submit(() -> {
                // a client each: its own connection, kept alive between requests
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest get = HttpRequest.newBuilder(uri).GET().build();
                List<Long> latencies = new ArrayList<>();
                long errors = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
                    latencies.add(System.nanoTime() - t0);
                    if (r.statusCode() != 200) {
                        errors++;
                    }
                }
                long[] out = new long[latencies.size() + 1];
                out[0] = errors;
                for (int j = 0; j < latencies.size(); j++) {
                    out[j + 1] = latencies.get(j);
                }
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> r : runs) {
            long[] out = r.get();
            errors += out[0];
            for (int j = 1; j < out.length; j++) {
                all.add(out[j]);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(null);
        System.out.printf(Locale.ROOT, "load %.0f %.3f %.3f %d%n", all.size() / seconds, all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.99)) / 1e6, errors);
    }
}
