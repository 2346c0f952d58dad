import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The floor the Alpaca server is compared with: the JDK's HTTP server with the same 8 request threads, answering
 * every request with a fixed Alpaca-shaped JSON reply and doing nothing else. Prints {@code port <n>}, then serves
 * until its input closes. Run with {@code java BareJsonServer.java}.
 */
public final class BareJsonServer {

    public static void main(String[] args) throws Exception {
        byte[] body = "{\"Value\":10000,\"ClientTransactionID\":0,\"ServerTransactionID\":1,\"ErrorNumber\":0,\"ErrorMessage\":\"\"}"
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", ex -> {
            try (ex) {
                ex.getRequestBody().readAllBytes();
                ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
        });
        server.start();
        System.out.println("port " + server.getAddress().getPort());
        System.out.flush();
        // stops when the benchmark closes its input
        System.in.read();
        server.stop(0);
        System.exit(0);
    }
}
