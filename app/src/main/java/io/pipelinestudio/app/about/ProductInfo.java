package io.pipelinestudio.app.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The product's version and the versions and licences of what it bundles, as the Maven build recorded them. */
public final class ProductInfo {
    public static final String NAME = "Pipeline Studio";

    private final Properties properties;

    private ProductInfo(Properties properties) {
        this.properties = properties;
    }

    /** One bundled library (or group of libraries) and its licence. */
    public record BundledLicense(String library, String license) {}

    public static ProductInfo load() {
        Properties properties = new Properties();
        try (InputStream in = ProductInfo.class.getResourceAsStream("product.properties")) {
            if (in == null) {
                throw new IllegalStateException("product.properties is missing from the app's resources");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProductInfo(properties);
    }

    public String version() {
        return properties.getProperty("version");
    }

    public String flinkVersion() {
        return properties.getProperty("flink.version");
    }

    public String javafxVersion() {
        return properties.getProperty("javafx.version");
    }

    /** The Java runtime running the product, which in a package is its own trimmed one. */
    public String javaVersion() {
        return Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")";
    }

    /** What {@code --version} prints: the product's version, then what it is built on. */
    public String versionText() {
        return String.join("\n",
                NAME + " " + version(),
                "Apache Flink " + flinkVersion(),
                "JavaFX " + javafxVersion(),
                "Java " + javaVersion());
    }

    public List<BundledLicense> bundledLicenses() {
        List<BundledLicense> licenses = new ArrayList<>();
        try (InputStream in = ProductInfo.class.getResourceAsStream("bundled-licenses.txt")) {
            if (in == null) {
                return licenses;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    licenses.add(new BundledLicense(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return licenses;
    }
}
