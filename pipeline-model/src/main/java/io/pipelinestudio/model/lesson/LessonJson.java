package io.pipelinestudio.model.lesson;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pipelinestudio.model.json.JsonWords;
import io.pipelinestudio.model.text.UserText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads lesson files. Unknown properties are errors, and every mistake is told on the step it is in
 * ({@code step 3: action.mode: expected one of BATCH, STREAMING but found 'fast'}), never with a Java name.
 */
public final class LessonJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // teachers write "batch" as often as "BATCH"
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .withConfigOverride(Map.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .build();

    private LessonJson() {}

    public static Lesson read(Path file) throws LessonFormatException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LessonFormatException("lesson: the file " + file + " does not exist");
        } catch (CharacterCodingException e) {
            throw new LessonFormatException("lesson: the file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new LessonFormatException("lesson: cannot read " + file + ": " + e.getMessage());
        }
        return read(text);
    }

    public static Lesson read(String text) throws LessonFormatException {
        JsonNode tree;
        try {
            // editors on Windows start UTF-8 files with a byte order mark, which is no part of the JSON
            tree = MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            throw new LessonFormatException("lesson: not valid JSON: " + JsonWords.withoutJavaNames(e.getOriginalMessage())
                    + JsonWords.location(e));
        }
        if (tree == null || !tree.isObject()) {
            throw new LessonFormatException("lesson: expected a JSON object describing a lesson");
        }
        checkVersion(tree.get("formatVersion"));
        try {
            return MAPPER.treeToValue(tree, Lesson.class);
        } catch (JsonMappingException e) {
            throw new LessonFormatException(describe(e, tree));
        } catch (JsonProcessingException e) {
            throw new LessonFormatException("lesson: " + JsonWords.withoutJavaNames(e.getOriginalMessage()));
        }
    }

    private static void checkVersion(JsonNode version) throws LessonFormatException {
        if (version == null) {
            throw new LessonFormatException("lesson: missing 'formatVersion'; is this a Pipeline Studio lesson?");
        }
        if (!version.isInt() || version.intValue() < 1) {
            throw new LessonFormatException("lesson: 'formatVersion' must be a whole number from 1 but is " + version);
        }
        if (version.intValue() > Lesson.FORMAT_VERSION) {
            throw new LessonFormatException("lesson: this file has format version " + version.intValue()
                    + ", written by a newer Pipeline Studio; this version reads format versions up to "
                    + Lesson.FORMAT_VERSION);
        }
    }

    /** {@code step N: setting: what is wrong}, the step counted from 1 as the teacher counts them. */
    private static String describe(JsonMappingException e, JsonNode document) {
        List<JsonMappingException.Reference> path = e.getPath();
        boolean inStep = path.size() >= 2 && "steps".equals(path.get(0).getFieldName()) && path.get(1).getIndex() >= 0;
        String target = inStep ? "step " + (path.get(1).getIndex() + 1) : "lesson";
        // an unknown property's path ends in the property itself, which the message names
        int end = e instanceof UnrecognizedPropertyException ? path.size() - 1 : path.size();
        String setting = JsonWords.setting(path.subList(Math.min(inStep ? 2 : 0, end), end));
        String prefix = setting.isEmpty() ? "" : setting + ": ";
        return target + ": " + UserText.message(message(e, document, prefix));
    }

    private static String message(JsonMappingException e, JsonNode document, String prefix) {
        if (e instanceof InvalidTypeIdException typeId) {
            return typeId.getTypeId() == null ? prefix + "an action needs a 'kind': " + LessonAction.KINDS
                    : prefix + "unknown action kind '" + UserText.quote(typeId.getTypeId()) + "'; expected "
                            + LessonAction.KINDS;
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return prefix + "unknown property '" + UserText.quote(unknown.getPropertyName()) + "'"
                    + (known == null || known.isEmpty() ? "" : "; expected one of "
                            + known.stream().map(String::valueOf).filter(k -> !k.equals("kind")).sorted()
                                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidNullException) {
            return prefix + "expected a value but found null";
        }
        if (e instanceof ValueInstantiationException || e.getCause() instanceof IllegalArgumentException) {
            Throwable cause = e.getCause();
            // the records' own checks word their messages for people; anything else is a missing part
            return cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? prefix + cause.getMessage() : prefix + "a required part is missing";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return prefix + "expected " + JsonWords.expected(mismatch.getTargetType()) + " but found "
                    + JsonWords.found(JsonWords.valueAt(document, e.getPath()));
        }
        return prefix + "cannot be read: " + JsonWords.withoutJavaNames(e.getOriginalMessage());
    }
}
