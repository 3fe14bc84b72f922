package uk.gov.la.ei.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The broker, the PostgreSQL wrapper and the SMTP server log through SLF4J to java.util.logging
 * (slf4j-jdk14). Their lines go to {@code .local/logs/infrastructure.log}; only errors reach the
 * console, so the console stays readable: what the stack did, and the mails it received.
 */
final class InfrastructureLogging {

    /** java.util.logging keeps loggers weakly: hold the configured ones so their levels stick. */
    private static final List<Logger> CONFIGURED = new ArrayList<>();

    private InfrastructureLogging() {
    }

    static synchronized void toFile(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$-7s [%3$s] %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        FileHandler fileHandler = new FileHandler(file.toString(), true);
        fileHandler.setFormatter(new SimpleFormatter());
        fileHandler.setLevel(Level.ALL);
        root.addHandler(fileHandler);
        Handler console = new ConsoleHandler();
        console.setLevel(Level.SEVERE);
        console.setFormatter(new SimpleFormatter());
        root.addHandler(console);
        // Kafka logs its whole configuration and every partition change at INFO
        for (String chatty : List.of("kafka", "org.apache.kafka", "state.change.logger")) {
            Logger logger = Logger.getLogger(chatty);
            logger.setLevel(Level.WARNING);
            CONFIGURED.add(logger);
        }
        CONFIGURED.add(root);
    }
}
