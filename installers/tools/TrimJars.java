import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes from every jar in a folder the entries a Linux package never loads: native libraries of
 * other systems (.dll, .jnilib, .dylib; FreeBSD, Solaris and Android .so files; musl), of other processor
 * architectures than the one packaged for and of 32-bit ones, and Netty's QUIC (HTTP/3) library, which Flink does not use
 * and which weighs more than the rest of Netty. Of Flink's shaded ZooKeeper jar it keeps only the
 * Guava shaded with Curator: Flink's runtime uses it outside ZooKeeper too (CoLocationGroupImpl,
 * JobExceptionsHandler, OneInputStreamTask), while ZooKeeper and Curator serve only high-availability
 * clusters, never the embedded one. Run: java TrimJars.java LIB_DIR $(uname -m)
 */
public final class TrimJars {
    private static final Pattern OTHER_SYSTEMS = Pattern.compile(
            "(?i).*(\\.dll|\\.jnilib|\\.dylib)$|.*quiche[^/]*$|.*(freebsd|sunos|android)[^/]*/.*\\.so$");
    private static final Pattern ANY_ARCHITECTURE = Pattern.compile(
            "(?i).*(x86|amd64|aarch|arm|ppc|s390|riscv|i386|loongarch|sparc|mips).*\\.so$");
    /**
     * Libraries for musl systems (Alpine) and 32-bit ones, as RocksDB ships them ({@code librocksdbjni-linux32.so},
     * {@code -linux64-musl.so}): a Debian package runs on glibc, and this tool packages for 64-bit processors.
     */
    private static final Pattern MUSL_OR_32_BIT = Pattern.compile("(?i).*(-musl|linux32)[^/]*\\.so$");

    public static void main(String[] args) throws IOException {
        Pattern host = switch (args.length > 1 ? args[1] : "") {
            case "x86_64", "amd64" -> Pattern.compile("(?i).*(x86_64|amd64).*");
            case "aarch64", "arm64" -> Pattern.compile("(?i).*aarch_?64.*");
            default -> Pattern.compile(".*"); // an architecture this tool does not know: keep them all
        };
        long saved = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                saved += trim(jar, host);
            }
        }
        System.out.printf("trimmed %.1f MB of native libraries for other systems and unused ZooKeeper classes%n", saved / 1e6);
    }

    private static final Pattern ZOOKEEPER_JAR = Pattern.compile("flink-shaded-zookeeper-.*\\.jar");
    private static final Pattern ZOOKEEPER_KEPT = Pattern.compile("META-INF/.*|org/apache/flink/shaded/curator5/com/google/.*");

    private static boolean unused(String jar, String entry, Pattern host) {
        if (ZOOKEEPER_JAR.matcher(jar).matches() && !ZOOKEEPER_KEPT.matcher(entry).matches()) {
            return true;
        }
        return OTHER_SYSTEMS.matcher(entry).matches() || MUSL_OR_32_BIT.matcher(entry).matches()
                || ANY_ARCHITECTURE.matcher(entry).matches() && !host.matcher(entry).matches();
    }

    private static long trim(Path jar, Pattern host) throws IOException {
        List<String> unused = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String name = jar.getFileName().toString();
            zip.stream().filter(e -> unused(name, e.getName(), host)).forEach(e -> unused.add(e.getName()));
        }
        if (unused.isEmpty()) {
            return 0;
        }
        long before = Files.size(jar);
        Path temp = jar.resolveSibling(jar.getFileName() + ".trimming");
        try (ZipFile zip = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (unused.contains(entry.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING);
        return before - Files.size(jar);
    }
}
