import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * helixgraph's embedded Neo4j Community: one DBMS with Bolt on a loopback address.
 *
 * Started by src/db/embedded (never by hand in normal use) as
 * {@code java -Xmx.. -cp 'lib/*' Launcher.java --data DIR --host 127.0.0.1 --port N --pagecache 256m}.
 * With {@code --plugins DIR} (the benchmark only: APOC for @neo4j/graphql) procedures are also loaded
 * from the jars in DIR, which must be on the classpath too, and {@code apoc.*} may run unrestricted.
 * Graph Data Science, whose jars neo4j/pom.xml puts in lib/, registers its procedures from the
 * classpath; {@code gds.*} may always run unrestricted (jars only in a plugins folder fail to start).
 *
 * Contract with the parent process (one line each on stdout):
 *   HELIXGRAPH_READY {"host":"127.0.0.1","port":7687}   once Bolt accepts connections;
 *   HELIXGRAPH_ERROR {"code":"PORT_IN_USE"|"STORE_LOCKED"|"START_FAILED","message":"..."} then exit 2.
 * The DBMS shuts down cleanly on SIGTERM/SIGINT (JVM shutdown hook) and, with --exit-on-stdin-close,
 * when its standard input closes: a parent that dies, even by SIGKILL, leaves no orphan JVM.
 */
public final class Launcher {
    private static volatile DatabaseManagementService dbms;

    public static void main(String[] argv) {
        String data = null;
        String host = "127.0.0.1";
        int port = 7687;
        long pageCache = 256L * 1024 * 1024;
        boolean exitOnStdinClose = false;
        String plugins = null;
        long txMemoryMax = 0;
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "--data" -> data = argv[++i];
                case "--host" -> host = argv[++i];
                case "--port" -> port = Integer.parseInt(argv[++i]);
                case "--pagecache-bytes" -> pageCache = Long.parseLong(argv[++i]);
                case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                case "--plugins" -> plugins = argv[++i];
                case "--tx-memory-max-bytes" -> txMemoryMax = Long.parseLong(argv[++i]);
                default -> fail("START_FAILED", "unknown argument " + argv[i]);
            }
        }
        if (data == null) fail("START_FAILED", "--data DIR is required");

        // Probe the port first: Neo4j's own message for a taken port is buried in a long stack trace.
        if (port != 0 && !portFree(host, port)) {
            fail("PORT_IN_USE", "Bolt port " + host + ":" + port + " is already in use; choose another with NEO4J_EMBEDDED_PORT (0 = any free port)");
        }

        Path home = Path.of(data).toAbsolutePath();
        try {
            Files.createDirectories(home);
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
            if (txMemoryMax > 0) {
                // db.memory.transaction.max: the most memory one transaction may use (0 = no limit).
                builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemoryMax);
            }
            // Graph Data Science (on the classpath when neo4j/lib holds its jars) needs unrestricted
            // access to the kernel; without its jars the setting names nothing and is harmless.
            java.util.List<String> unrestricted = new java.util.ArrayList<>(java.util.List.of("gds.*"));
            if (plugins != null) {
                unrestricted.add("apoc.*");
                builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(plugins).toAbsolutePath());
            }
            builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, unrestricted);
            dbms = builder
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.debug_log_enabled, false)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
                    .build();
        } catch (Throwable t) {
            fail(classify(t), rootMessage(t));
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "helixgraph-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bolt = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        System.out.println("HELIXGRAPH_READY {\"host\":\"" + bolt.getHost() + "\",\"port\":" + bolt.getPort() + "}");
        System.out.flush();

        if (exitOnStdinClose) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    while (in.read() != -1) { /* the parent never writes; EOF means it is gone */ }
                } catch (IOException ignored) {
                    // a broken pipe means the same as EOF
                }
                System.exit(0);
            }, "helixgraph-parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private static synchronized void shutdown() {
        DatabaseManagementService d = dbms;
        dbms = null;
        if (d != null) {
            d.shutdown();
            System.out.println("HELIXGRAPH_STOPPED {}");
            System.out.flush();
        }
    }

    private static boolean portFree(String host, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            String msg = String.valueOf(c.getMessage());
            if (name.contains("FileLockException") || msg.contains("Lock file has been locked") || msg.contains("already locked")) {
                return "STORE_LOCKED";
            }
            if (name.contains("PortBindException") || msg.contains("Address already in use")) {
                return "PORT_IN_USE";
            }
        }
        return "START_FAILED";
    }

    private static String rootMessage(Throwable t) {
        String code = classify(t);
        if (code.equals("STORE_LOCKED")) {
            return "the data directory is in use by another Neo4j process; stop it or choose another NEO4J_DATA_DIR";
        }
        Throwable c = t;
        while (c.getCause() != null) c = c.getCause();
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    private static void fail(String code, String message) {
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
        System.out.println("HELIXGRAPH_ERROR {\"code\":\"" + code + "\",\"message\":\"" + escaped + "\"}");
        System.out.flush();
        System.exit(2);
    }
}
