package io.pipelinestudio.runtime.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Maven artifacts that provide a set of classes: each class's jar, named by the Maven metadata in it
 * ({@code META-INF/maven/.../pom.properties}), by the pom beside it in a Maven repository, or, in a folder
 * of plain jars such as an installed Pipeline Studio's, by the dependencies the model and the runtime
 * declare. The JDK's classes need none.
 */
final class LibraryDependencies {
    private static final String OWN_DESCRIPTORS = "META-INF/maven/io.pipelinestudio/";

    /** One artifact, as a pom's {@code <dependency>} names it. */
    record Artifact(String groupId, String artifactId, String version) implements Comparable<Artifact> {
        String key() {
            return groupId + ":" + artifactId;
        }

        @Override
        public int compareTo(Artifact other) {
            return key().compareTo(other.key());
        }
    }

    private LibraryDependencies() {}

    /** The artifacts providing {@code internalNames}, one per group and artifact, sorted. */
    static List<Artifact> of(Collection<String> internalNames, ClassLoader loader) throws IOException {
        Map<Path, Artifact> byJar = new HashMap<>();
        Map<String, Artifact> artifacts = new TreeMap<>();
        List<Path> unnamed = new ArrayList<>();
        for (String name : internalNames) {
            Path jar = jar(loader.getResource(name + ".class"));
            if (jar == null) {
                continue; // the JDK's, or an optional dependency of a library that is not on the class path
            }
            if (!byJar.containsKey(jar)) {
                Artifact artifact = artifact(jar);
                byJar.put(jar, artifact);
                if (artifact == null) {
                    unnamed.add(jar);
                }
            }
            Artifact artifact = byJar.get(jar);
            if (artifact != null) {
                artifacts.putIfAbsent(artifact.key(), artifact);
            }
        }
        if (!unnamed.isEmpty()) {
            for (Artifact declared : declaredByPipelineStudio(unnamed, loader)) {
                artifacts.putIfAbsent(declared.key(), declared);
            }
        }
        return List.copyOf(artifacts.values());
    }

    /** The jar a class resource was found in; null for the JDK's classes and for class folders. */
    private static Path jar(URL resource) {
        if (resource == null || !"jar".equals(resource.getProtocol())) {
            return null;
        }
        String path = resource.getPath();
        try {
            return Paths.get(new URL(path.substring(0, path.indexOf("!/"))).toURI());
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("Expected a jar file location for " + resource + " but found none", e);
        }
    }

    /** The jar's artifact from its own Maven metadata, else from the pom beside it; null when neither says. */
    static Artifact artifact(Path jar) throws IOException {
        String file = jar.getFileName().toString();
        List<Artifact> described = new ArrayList<>();
        try (JarFile zip = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = zip.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    Properties properties = new Properties();
                    try (InputStream in = zip.getInputStream(entry)) {
                        properties.load(in);
                    }
                    described.add(new Artifact(properties.getProperty("groupId"), properties.getProperty("artifactId"),
                            properties.getProperty("version")));
                }
            }
        }
        // a jar that bundles others carries their metadata too: its own is the one its file is named after
        for (Artifact artifact : described) {
            if (file.startsWith(artifact.artifactId() + "-" + artifact.version())) {
                return artifact;
            }
        }
        if (described.size() == 1) {
            return described.get(0);
        }
        // in a Maven repository: REPOSITORY/group/path/ARTIFACT/VERSION/ARTIFACT-VERSION.jar beside ARTIFACT-VERSION.pom
        Path versionDir = jar.getParent();
        Path artifactDir = versionDir == null ? null : versionDir.getParent();
        if (artifactDir != null && artifactDir.getFileName() != null) {
            String artifactId = artifactDir.getFileName().toString();
            String version = versionDir.getFileName().toString();
            Path pom = versionDir.resolve(artifactId + "-" + version + ".pom");
            if (file.startsWith(artifactId + "-" + version) && Files.isRegularFile(pom)) {
                String groupId = groupId(read(Files.readAllBytes(pom)));
                if (groupId != null) {
                    return new Artifact(groupId, artifactId, version);
                }
            }
        }
        return null;
    }

    /**
     * For jars without Maven metadata outside a Maven repository: the libraries the model and the runtime
     * declare (their descriptors are in their jars), at the versions their jars' names carry.
     */
    private static List<Artifact> declaredByPipelineStudio(List<Path> unnamed, ClassLoader loader) throws IOException {
        List<Artifact> declared = new ArrayList<>();
        for (String module : List.of("pipeline-model", "runtime")) {
            URL descriptor = loader.getResource(OWN_DESCRIPTORS + module + "/pom.xml");
            if (descriptor == null) {
                continue;
            }
            Document pom;
            try (InputStream in = descriptor.openStream()) {
                pom = read(in.readAllBytes());
            }
            NodeList dependencies = pom.getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                String groupId = child(dependency, "groupId");
                String artifactId = child(dependency, "artifactId");
                if (groupId == null || artifactId == null || groupId.equals("io.pipelinestudio")
                        || "test".equals(child(dependency, "scope"))) {
                    continue;
                }
                String version = versionBeside(artifactId, unnamed);
                if (version != null) {
                    declared.add(new Artifact(groupId, artifactId, version));
                }
            }
        }
        if (declared.isEmpty()) {
            throw new IOException("Expected Maven metadata in " + unnamed + " or a Maven repository around them, "
                    + "but found neither: cannot name the libraries the exported project needs");
        }
        return declared;
    }

    /** The version in the name of the jar {@code ARTIFACT-VERSION.jar} in the folder of the unnamed jars. */
    private static String versionBeside(String artifactId, List<Path> unnamed) throws IOException {
        for (Path jar : unnamed) {
            if (jar.getParent() == null) {
                continue;
            }
            try (var files = Files.list(jar.getParent())) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(artifactId + "-") && name.endsWith(".jar")
                            && Character.isDigit(name.charAt(artifactId.length() + 1))) {
                        return name.substring(artifactId.length() + 1, name.length() - ".jar".length());
                    }
                }
            }
        }
        return null;
    }

    private static Document read(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Expected a pom (XML) but could not read it: " + e.getMessage(), e);
        }
    }

    /** A pom's groupId: its own, else its parent's. */
    private static String groupId(Document pom) {
        Element project = pom.getDocumentElement();
        String own = child(project, "groupId");
        if (own != null) {
            return own;
        }
        for (Node node = project.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals("parent")) {
                return child(element, "groupId");
            }
        }
        return null;
    }

    private static String child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().strip();
            }
        }
        return null;
    }
}
