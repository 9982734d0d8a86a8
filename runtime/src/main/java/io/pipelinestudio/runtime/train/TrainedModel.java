package io.pipelinestudio.runtime.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.model.node.ModelKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A trained model as a file: {@code {"weights": [...], "bias": b}} in the features' original units,
 * with the model kind, feature and label names, final loss and step count alongside.
 */
public final class TrainedModel {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TrainedModel() {}

    static void write(Path file, TrainingSettings settings, LinearModel model, double loss, long steps)
            throws IOException {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("model", settings.model() == ModelKind.LOGISTIC_REGRESSION
                ? "logistic-regression" : "linear-regression");
        ArrayNode features = json.putArray("features");
        for (String feature : settings.features()) {
            features.add(feature);
        }
        json.put("label", settings.label());
        ArrayNode weights = json.putArray("weights");
        for (double w : model.weights()) {
            weights.add(w);
        }
        json.put("bias", model.bias());
        json.put("loss", loss);
        json.put("steps", steps);
        Path target = file.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Path temp = target.resolveSibling(target.getFileName() + ".inprogress");
        MAPPER.writeValue(temp.toFile(), json);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a model file's weights and bias, checking it has one weight per expected feature. */
    static LinearModel read(Path file, int features) throws IOException {
        JsonNode json = MAPPER.readTree(file.toFile());
        JsonNode weights = json.get("weights");
        JsonNode bias = json.get("bias");
        if (weights == null || !weights.isArray() || bias == null || !bias.isNumber()) {
            throw new IOException("the model file " + file + " has no \"weights\" array and \"bias\" number");
        }
        if (weights.size() != features) {
            throw new IOException("the model file " + file + " has " + weights.size() + " weights but the node uses "
                    + features + " features");
        }
        double[] w = new double[features];
        for (int j = 0; j < features; j++) {
            w[j] = weights.get(j).asDouble();
        }
        return new LinearModel(w, bias.asDouble());
    }
}
