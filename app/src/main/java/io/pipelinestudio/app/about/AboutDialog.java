package io.pipelinestudio.app.about;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: the product's version, the Flink, JavaFX and Java versions, and the bundled libraries' licences. */
public final class AboutDialog {
    private AboutDialog() {}

    public static void show(Window owner, ProductInfo info) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About " + ProductInfo.NAME);
        alert.setHeaderText(ProductInfo.NAME + " " + info.version());
        alert.getDialogPane().setId("about-dialog");
        Label versions = new Label(String.join("\n",
                "Apache Flink " + info.flinkVersion(),
                "JavaFX " + info.javafxVersion(),
                "Java " + info.javaVersion()));
        versions.setId("about-versions");
        TableView<ProductInfo.BundledLicense> licenses = new TableView<>();
        licenses.setId("about-licenses");
        TableColumn<ProductInfo.BundledLicense, String> library = new TableColumn<>("Bundled library");
        library.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().library()));
        library.setPrefWidth(420);
        TableColumn<ProductInfo.BundledLicense, String> license = new TableColumn<>("Licence");
        license.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().license()));
        license.setPrefWidth(240);
        licenses.getColumns().add(library);
        licenses.getColumns().add(license);
        licenses.getItems().setAll(info.bundledLicenses());
        licenses.setPrefSize(680, 280);
        VBox content = new VBox(10, versions, licenses);
        content.setPadding(new Insets(4, 0, 0, 0));
        alert.getDialogPane().setContent(content);
        alert.show();
    }
}
