package io.pipelinestudio.runtime.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pipelinestudio.runtime.export.JarExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessSpec;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessUtils;
import org.apache.flink.runtime.jobmanager.JobManagerProcessSpec;
import org.apache.flink.runtime.jobmanager.JobManagerProcessUtils;
import org.apache.flink.runtime.util.config.memory.ProcessMemoryUtils;

/**
 * A real Flink standalone session cluster on 127.0.0.1, started the way Flink's own scripts start one:
 * a JobManager and a TaskManager, each its own JVM, from Flink's entry points and a {@code config.yaml},
 * with the TaskManager's memory computed as {@code BashJavaUtils GET_TM_RESOURCE_PARAMS} computes it.
 * The class path is this test JVM's, without the project's own classes and test helpers and the libraries
 * an exported job brings itself, so a job only runs if its jar carries what it needs. Nothing is downloaded.
 */
public final class StandaloneFlinkCluster implements AutoCloseable {
    private static final String JOB_MANAGER = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
    private static final String TASK_MANAGER = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Path dir;
    private final int restPort;
    private final String classPath;
    private final List<String> jvmOptions;
    private Process jobManager;
    /** The TaskManagers started so far, killed ones included, oldest first. */
    private final List<Process> taskManagers = new ArrayList<>();

    private StandaloneFlinkCluster(Path dir, List<String> excludedClassPath, int slotsPerTaskManager) throws IOException {
        this.dir = dir;
        this.restPort = freePort();
        this.classPath = clusterClassPath(excludedClassPath);
        this.jvmOptions = flinkJvmOptions();
        Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(dir.resolve("config.yaml"), String.join("\n",
                "jobmanager.rpc.address: 127.0.0.1",
                "jobmanager.rpc.port: " + freePort(),
                "jobmanager.bind-host: 127.0.0.1",
                "taskmanager.bind-host: 127.0.0.1",
                "taskmanager.host: 127.0.0.1",
                "rest.address: 127.0.0.1",
                "rest.bind-address: 127.0.0.1",
                "rest.port: " + restPort,
                "taskmanager.numberOfTaskSlots: " + slotsPerTaskManager,
                "parallelism.default: 1",
                "jobmanager.memory.process.size: 768m",
                "taskmanager.memory.process.size: 1536m",
                "taskmanager.memory.managed.size: 128m",
                // batch exchanges between parallel instances need more buffers than the 64 MB minimum gives
                "taskmanager.memory.network.min: 256m",
                "taskmanager.memory.network.max: 256m",
                // a lost TaskManager is noticed within seconds, not the default 50
                "heartbeat.interval: 1000",
                "heartbeat.timeout: 4000",
                "restart-strategy.type: none",
                "io.tmp.dirs: " + dir.resolve("tmp"),
                "web.tmpdir: " + dir.resolve("web"),
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("log4j.properties"), String.join("\n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.file.ref = file",
                "appender.file.type = File",
                "appender.file.name = file",
                "appender.file.fileName = ${sys:log.file}",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = %d{HH:mm:ss,SSS} %-5p %c{1} - %m%n",
                ""), StandardCharsets.UTF_8);
    }

    /** Starts a JobManager and one TaskManager with two slots and waits until the cluster offers them. */
    public static StandaloneFlinkCluster start(Path dir) throws Exception {
        return start(dir, 1, 2);
    }

    /** Starts a JobManager and {@code taskManagers} TaskManagers and waits until the cluster offers all their slots. */
    public static StandaloneFlinkCluster start(Path dir, int taskManagers, int slotsPerTaskManager) throws Exception {
        // what a job jar bundles stays off the cluster's class path, as a cluster's distribution lacks it
        List<String> excludedClassPath = JarExporter.bundledLocations(StandaloneFlinkCluster.class.getClassLoader())
                .stream().map(p -> p.toAbsolutePath().toString()).toList();
        StandaloneFlinkCluster cluster = new StandaloneFlinkCluster(dir, excludedClassPath, slotsPerTaskManager);
        // should the test JVM end without closing the cluster, its processes must not outlive it
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "stop-flink-cluster"));
        try {
            cluster.jobManager = cluster.launch("jobmanager", JOB_MANAGER, cluster.jobManagerJvm(), List.of());
            for (int i = 0; i < taskManagers; i++) {
                cluster.startTaskManager();
            }
            cluster.awaitSlots(taskManagers * slotsPerTaskManager, Duration.ofSeconds(90));
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** What the REST API answers for {@code path}, like {@code jobs/ID/checkpoints}, as JSON. */
    public JsonNode rest(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(restAddress().resolve(path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** A job's state as the REST API shows it ({@code RUNNING}, {@code FINISHED}, ...). */
    public String jobState(String jobId) throws Exception {
        return rest("jobs/" + jobId).path("state").asText();
    }

    public URI restAddress() {
        return URI.create("http://127.0.0.1:" + restPort + "/");
    }

    public Path logs() {
        return dir;
    }

    void startTaskManager() throws IOException {
        // from the cluster's own configuration file, as BashJavaUtils reads it
        TaskExecutorProcessSpec spec = TaskExecutorProcessUtils.processSpecFromConfig(
                GlobalConfiguration.loadConfiguration(dir.toString()));
        List<String> jvm = split(ProcessMemoryUtils.generateJvmParametersStr(spec));
        List<String> dynamic = split(TaskExecutorProcessUtils.generateDynamicConfigsStr(spec));
        taskManagers.add(launch("taskmanager-" + (taskManagers.size() + 1), TASK_MANAGER, jvm, dynamic));
    }

    /** Kills the oldest TaskManager still running at once, as a crashed machine would. */
    void killTaskManager() throws InterruptedException {
        Process alive = taskManagers.stream().filter(Process::isAlive).findFirst()
                .orElseThrow(() -> new IllegalStateException("no TaskManager is running"));
        kill(alive);
    }

    /** Blocks until the REST API reports at least {@code slots} free task slots. */
    void awaitSlots(int slots, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!jobManager.isAlive()) {
                throw new IllegalStateException("The JobManager exited with " + jobManager.exitValue()
                        + "; see " + dir.resolve("jobmanager.out") + " and " + dir.resolve("jobmanager.log"));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) restAddress().resolve("overview").toURL()
                        .openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() == 200) {
                    last = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    java.util.regex.Matcher available = java.util.regex.Pattern.compile("\"slots-available\":(\\d+)")
                            .matcher(last);
                    if (available.find() && Integer.parseInt(available.group(1)) >= slots) {
                        return;
                    }
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Expected the cluster to offer task slots within " + timeout
                + " but the last answer was: " + last + "; logs in " + dir);
    }

    private List<String> jobManagerJvm() {
        Configuration conf = GlobalConfiguration.loadConfiguration(dir.toString());
        JobManagerProcessSpec spec = JobManagerProcessUtils.processSpecFromConfig(conf);
        return split(JobManagerProcessUtils.generateJvmParametersStr(spec, conf));
    }

    private Process launch(String name, String mainClass, List<String> memory, List<String> dynamic)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(memory);
        command.addAll(jvmOptions);
        command.add("-XX:+UseSerialGC");
        command.add("-Dlog.file=" + dir.resolve(name + ".log"));
        command.add("-Dlog4j.configurationFile=" + dir.resolve("log4j.properties").toUri());
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.add("--configDir");
        command.add(dir.toString());
        command.addAll(dynamic);
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .start();
    }

    @Override
    public synchronized void close() {
        List<Process> processes = new ArrayList<>(taskManagers);
        processes.add(jobManager);
        for (Process process : processes) {
            try {
                kill(process);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void kill(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Flink's Java 17 options (the root pom's {@code flink.jvm.options}), which surefire gave this JVM. */
    private static List<String> flinkJvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports"))
                .collect(Collectors.toList());
    }

    /** Flink and what it needs: the test class path without this project's classes and the job's own libraries. */
    private static String clusterClassPath(List<String> excluded) {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Paths.get(entry).toAbsolutePath();
            String text = path.toString();
            boolean projectOrTest = Files.isDirectory(path) || text.contains("/io/pipelinestudio/")
                    || text.contains("/org/junit/") || text.contains("/org/assertj/") || text.contains("/org/opentest4j/")
                    || text.contains("/org/apiguardian/") || text.contains("surefire") || text.endsWith("-tests.jar");
            if (!projectOrTest && !excluded.contains(text)) {
                entries.add(text);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static List<String> split(String arguments) {
        return Arrays.stream(arguments.trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
