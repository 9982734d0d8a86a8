package io.pipelinestudio.runtime.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files a local broker starts from: its server.properties and its log configuration. */
final class BrokerConfig {
    static final String SERVER_PROPERTIES = "server.properties";
    static final String LOG_CONFIG = "log4j2.properties";
    static final String LOG_FILE = "broker.log";
    static final String LOG_DIRS = "logs";

    private BrokerConfig() {}

    /** Rewritten at every start: the ports may change between starts, the formatted log folder stays. */
    static Path writeServerProperties(Path dataDir, int port, int controllerPort) throws IOException {
        String host = LocalKafkaBroker.HOST;
        List<String> lines = List.of(
                "node.id=1",
                "process.roles=broker,controller",
                // a static quorum of one: formatting needs no --standalone or --initial-controllers then
                "controller.quorum.voters=1@" + host + ":" + controllerPort,
                "listeners=PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + host + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.resolve(LOG_DIRS).toAbsolutePath(),
                "num.partitions=1",
                // keep every message: demo data and tests carry old event times, which the default seven-day
                // retention, judged by message timestamps, would delete minutes after the broker starts
                "log.retention.ms=-1",
                "auto.create.topics.enable=true",
                // one broker: the internal topics cannot have more replicas than that
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // few partitions for the internal topics: the first consumer group or transaction waits for them all
                "offsets.topic.num.partitions=4",
                "transaction.state.log.num.partitions=4",
                // tests and demos join one consumer at a time; the default 3 s delay would only slow them
                "group.initial.rebalance.delay.ms=0");
        return write(dataDir.resolve(SERVER_PROPERTIES), lines);
    }

    /** The broker logs a great deal; it goes to a rolled file in the data folder, never to our console. */
    static Path writeLogConfig(Path dataDir) throws IOException {
        String file = dataDir.resolve(LOG_FILE).toAbsolutePath().toString().replace('\\', '/');
        List<String> lines = List.of(
                "status = warn",
                "appender.file.type = RollingFile",
                "appender.file.name = file",
                "appender.file.fileName = " + file,
                "appender.file.filePattern = " + file + ".%i",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "appender.file.policies.type = Policies",
                "appender.file.policies.size.type = SizeBasedTriggeringPolicy",
                "appender.file.policies.size.size = 10MB",
                "appender.file.strategy.type = DefaultRolloverStrategy",
                "appender.file.strategy.max = 3",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.file.ref = file");
        return write(dataDir.resolve(LOG_CONFIG), lines);
    }

    /** Whether {@code kafka-storage format} already ran on this folder (a broker refuses to start otherwise). */
    static boolean isFormatted(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(LOG_DIRS).resolve("meta.properties"));
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
