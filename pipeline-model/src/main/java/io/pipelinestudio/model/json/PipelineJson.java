package io.pipelinestudio.model.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.file.AtomicFile;
import io.pipelinestudio.model.node.NodeDescriptor;
import io.pipelinestudio.model.text.UserText;
import io.pipelinestudio.model.validate.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes pipeline files. Node kinds are named explicitly (never default typing), unknown
 * properties are errors, and files of older formats are migrated as they are read.
 */
public final class PipelineJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a number or flag left out takes its default (0, false), so hand-written files stay short
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // a whole-number setting given 1.5 is a mistake, not 1
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // null inside a list (key-by fields, aggregations, ...) is refused where it is, by the list's name
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.AUTO_DETECT_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            // with getters off, a record's properties are its components, read from its fields; helper
            // methods such as kind() or displayName() never leak into the file
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // each kind's "kind" value is its descriptor's name, so a new kind needs no line here
            .registerSubtypes(NodeDescriptor.all().stream()
                    .map(kind -> new NamedType(kind.type(), kind.name())).toArray(NamedType[]::new))
            .build();

    private PipelineJson() {}

    /** The mapper pipelines are written with; for tools that work on a pipeline's JSON tree. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static Pipeline read(Path file) throws PipelineFormatException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PipelineFormatException("pipeline file " + file + " does not exist", null, e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new PipelineFormatException("pipeline file " + file + " is not UTF-8 text", null, e);
        } catch (IOException e) {
            throw new PipelineFormatException("cannot read pipeline file " + file + ": " + e.getMessage(), null, e);
        }
        return read(text);
    }

    public static Pipeline read(String text) throws PipelineFormatException {
        JsonNode tree;
        try {
            // editors on Windows start UTF-8 files with a byte order mark, which is no part of the JSON
            tree = MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            throw formatError("not valid JSON: " + JsonWords.withoutJavaNames(e.getOriginalMessage()) + JsonWords.location(e), null);
        }
        if (tree == null || !tree.isObject()) {
            throw formatError("expected a JSON object describing a pipeline", "$");
        }
        ObjectNode migrated = FormatMigrations.migrate((ObjectNode) tree);
        try {
            return MAPPER.treeToValue(migrated, Pipeline.class);
        } catch (JsonMappingException e) {
            throw FormatErrors.of(e, migrated);
        } catch (JsonProcessingException e) {
            throw formatError(JsonWords.withoutJavaNames(e.getOriginalMessage()), null);
        }
    }

    public static String write(Pipeline pipeline) {
        try {
            return MAPPER.writeValueAsString(pipeline) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected every pipeline to serialize but this one failed", e);
        }
    }

    /** Replaces the file in one step, so that a crash leaves the old pipeline or the new one, never half a file. */
    public static void write(Pipeline pipeline, Path file) throws IOException {
        AtomicFile.write(file, write(pipeline));
    }

    static String knownKinds() {
        return NodeDescriptor.all().stream().map(NodeDescriptor::name).collect(Collectors.joining(", "));
    }

    /** A JSONPath-like location such as {@code $.nodes[2].window.sizeMs}. */
    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        List<JsonMappingException.Reference> references = e.getPath();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(UserText.quote(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (e instanceof InvalidTypeIdException) {
            path.append(".kind");
        }
        return path.toString();
    }

    /** A problem with the document as a whole, on the pipeline. */
    static PipelineFormatException formatError(String message, String path) {
        return new PipelineFormatException(Problem.PIPELINE, message, path, null);
    }
}
