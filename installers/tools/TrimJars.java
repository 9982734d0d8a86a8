import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.CRC32;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
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
        System.out.printf("trimmed %.1f MB of native libraries for other systems and unused ZooKeeper classes; jars stored uncompressed%n", saved / 1e6);
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

    /**
     * Rewrites a jar without its unused entries and with every entry stored, not deflated; returns the bytes
     * of the entries left out. Stored jars are larger on disk, but the package's xz compresses them far
     * better than deflate did (the .deb about halves), and classes load without inflating.
     */
    private static long trim(Path jar, Pattern host) throws IOException {
        String name = jar.getFileName().toString();
        long[] removed = {0};
        byte[] stored;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            stored = store(zip.stream().toList(), entry -> zip.getInputStream(entry).readAllBytes(),
                    entry -> unused(name, entry.getName(), host), removed);
        }
        Path temp = jar.resolveSibling(jar.getFileName() + ".trimming");
        Files.write(temp, stored);
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING);
        return removed[0];
    }

    private interface Content {
        byte[] of(ZipEntry entry) throws IOException;
    }

    /** The entries as a stored zip, leaving out the unused ones (counted in {@code removed}); nested jars stored too. */
    private static byte[] store(List<? extends ZipEntry> entries, Content content,
            java.util.function.Predicate<ZipEntry> unused, long[] removed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setMethod(ZipOutputStream.STORED);
            for (ZipEntry entry : entries) {
                if (unused.test(entry)) {
                    removed[0] += Math.max(0, entry.getSize());
                    continue;
                }
                byte[] data = content.of(entry);
                if (entry.getName().endsWith(".jar")) {
                    data = storeNested(data); // Flink's RPC system is a jar inside a jar
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                copy.setCrc(crc.getValue());
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] storeNested(byte[] jar) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        Map<ZipEntry, byte[]> contents = new IdentityHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry);
                contents.put(entry, in.readAllBytes());
            }
        }
        return store(entries, contents::get, entry -> false, new long[1]);
    }
}
