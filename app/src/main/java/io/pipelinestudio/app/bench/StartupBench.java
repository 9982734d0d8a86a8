package io.pipelinestudio.app.bench;

import io.pipelinestudio.app.StudioApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./studio bench startup}: cold starts, each a new process of the launcher, as a person starts it.
 * The headless run of the window-count sample and the designer's first window, each the median of five
 * starts after one that is not counted, and where the time of one run goes, read from the classes the
 * JVM loaded and when.
 */
public final class StartupBench {
    private static final int STARTS = 5;
    private static final Pattern DRAWN = Pattern.compile("window drawn (\\d+) ms after JVM start");
    private static final Pattern LOADED = Pattern.compile("^\\[(\\d+\\.\\d+)s\\].* (\\S+) source");

    private StartupBench() {}

    public static boolean matches(String[] args) {
        return args.length == 2 && args[0].equals("bench") && args[1].equals("startup");
    }

    public static int run() throws Exception {
        Path home = Path.of(System.getProperty("studio.home", "."));
        Path launcher = home.resolve("studio");
        Path work = Files.createTempDirectory("studio-startup");
        try {
            List<String> runCommand = List.of(launcher.toString(), "run",
                    home.resolve("assets/examples/window-count.json").toString(),
                    "--param", "output=" + work.resolve("counts.csv"), "--rejected", work.resolve("rejected.tsv").toString());
            System.out.println("startup: cold JVMs of " + launcher + ", " + STARTS + " starts each after one not counted");
            time(runCommand, Map.of(), work);
            List<Double> runs = new ArrayList<>();
            for (int i = 0; i < STARTS; i++) {
                runs.add(time(runCommand, Map.of(), work));
            }
            System.out.printf(Locale.ROOT, "run of the window-count sample: %.2f s median (%.2f to %.2f s)%n",
                    median(runs), Collections.min(runs), Collections.max(runs));
            whereTheTimeGoes(runCommand, work);
            designer(launcher, work);
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Wall time of one process, from its start to its exit. */
    private static double time(List<String> command, Map<String, String> environment, Path work) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("run.log").toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Expected " + String.join(" ", command) + " to succeed; its output:\n"
                    + Files.readString(work.resolve("run.log")));
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** One more run with the JVM's class loading logged: when the landmarks of each phase were first needed. */
    private static void whereTheTimeGoes(List<String> command, Path work) throws Exception {
        Path log = work.resolve("classes.log");
        double wall = time(command, Map.of("STUDIO_JAVA_OPTS", "-Xlog:class+load:file=" + log + ":uptime"), work);
        Map<String, Double> firstLoaded = new LinkedHashMap<>();
        int classes = 0;
        try (Stream<String> lines = Files.lines(log)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher loaded = LOADED.matcher(line);
                if (loaded.find()) {
                    classes++;
                    firstLoaded.putIfAbsent(loaded.group(2), Double.parseDouble(loaded.group(1)));
                }
            }
        }
        double main = firstLoaded.getOrDefault("io.pipelinestudio.app.Main", 0.0);
        double built = firstLoaded.getOrDefault("org.apache.flink.streaming.api.graph.StreamGraph", main);
        double submitted = firstLoaded.getOrDefault("org.apache.flink.runtime.jobmaster.JobMaster", built);
        double ended = firstLoaded.getOrDefault("io.pipelinestudio.runtime.run.RunResult", submitted);
        System.out.printf(Locale.ROOT, "where the time goes (one run, %.2f s, %,d classes loaded):%n", wall, classes);
        System.out.printf(Locale.ROOT, "  %.2f s  the JVM starting, up to the launcher's main class%n", main);
        System.out.printf(Locale.ROOT, "  %.2f s  reading, checking and compiling the pipeline into a job graph%n",
                built - main);
        System.out.printf(Locale.ROOT, "  %.2f s  waiting for the embedded Flink cluster, which started beside it"
                + " (its JobMaster took the job at %.2f s)%n", Math.max(0, submitted - built), submitted);
        System.out.printf(Locale.ROOT, "  %.2f s  running the job to its result%n", ended - submitted);
        System.out.printf(Locale.ROOT, "  %.2f s  the launcher script, the cluster's shutdown and the JVM's exit%n",
                Math.max(0, wall - ended));
    }

    /** The designer, started as a person starts it, until its window has been drawn once. */
    private static void designer(Path launcher, Path work) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            System.out.println("designer first window: needs a display (xvfb-run -a ./studio bench startup)");
            return;
        }
        Map<String, String> environment = Map.of("STUDIO_JAVA_OPTS", "-D" + StudioApplication.TIMING_PROPERTY
                + "=true -Dpipelinestudio.config.dir=" + work.resolve("config") + " -Dprism.order=sw");
        firstWindow(launcher, environment);
        List<Double> wall = new ArrayList<>();
        List<Double> jvm = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            double[] times = firstWindow(launcher, environment);
            wall.add(times[0]);
            jvm.add(times[1]);
        }
        System.out.printf(Locale.ROOT, "designer first window: %.2f s median from launch (%.2f to %.2f s),"
                + " %.2f s after the JVM started%n", median(wall), Collections.min(wall), Collections.max(wall), median(jvm));
    }

    /** Seconds from launch to the first drawn window, as seen from here and as the JVM counts them. */
    private static double[] firstWindow(Path launcher, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher drawn = DRAWN.matcher(line);
                if (drawn.find()) {
                    double wall = (System.nanoTime() - started) / 1e9;
                    return new double[] {wall, Long.parseLong(drawn.group(1)) / 1000.0};
                }
            }
        } catch (IOException e) {
            // the process ended without drawing its window: reported below
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        throw new IllegalStateException("Expected the designer to report its first drawn window, but it ended first");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
