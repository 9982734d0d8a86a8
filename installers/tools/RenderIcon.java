import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders assets/app-icon/pipeline-studio.svg as PNGs of the sizes desktops ask for, and as the
 * Windows .ico and macOS .icns that jpackage wants there (both simply wrap PNGs), drawing the same
 * shapes with Java2D, so no SVG renderer is needed. Run: java RenderIcon.java assets/app-icon
 */
public final class RenderIcon {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    public static void main(String[] args) throws IOException {
        File out = new File(args[0]);
        out.mkdirs();
        for (int size : SIZES) {
            ImageIO.write(render(size), "png", new File(out, "pipeline-studio-" + size + ".png"));
        }
        writeIco(new File(out, "pipeline-studio.ico"), new int[] {16, 24, 32, 48, 64, 128, 256});
        writeIcns(new File(out, "pipeline-studio.icns"));
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(render(size), "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO: a 6-byte header, a 16-byte directory entry per image, then the images as PNGs (little-endian). */
    private static void writeIco(File file, int[] sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(size));
        }
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * sizes.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = header.capacity();
        for (int i = 0; i < sizes.length; i++) {
            int side = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256
            header.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0)
                    .putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        try (FileOutputStream out = new FileOutputStream(file)) {
            out.write(header.array());
            for (byte[] image : images) {
                out.write(image);
            }
        }
    }

    /** ICNS: "icns" and the total length, then typed PNG chunks (big-endian). */
    private static void writeIcns(File file) throws IOException {
        String[] types = {"icp4", "icp5", "icp6", "ic07", "ic08", "ic09"};
        int[] sizes = {16, 32, 64, 128, 256, 512};
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunks);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            data.writeBytes(types[i]);
            data.writeInt(image.length + 8);
            data.write(image);
        }
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream(file))) {
            out.writeBytes("icns");
            out.writeInt(chunks.size() + 8);
            chunks.writeTo(out);
        }
    }

    static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        g.setColor(new Color(0x1f6feb));
        g.fill(new RoundRectangle2D.Double(16, 16, 224, 224, 96, 96));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double edges = new Path2D.Double();
        edges.moveTo(72, 128);
        edges.lineTo(128, 84);
        edges.lineTo(184, 128);
        edges.moveTo(72, 128);
        edges.lineTo(128, 172);
        edges.lineTo(184, 128);
        g.draw(edges);
        circle(g, 72, 128, 24, Color.WHITE);
        circle(g, 128, 84, 18, new Color(0x9ecbff));
        circle(g, 128, 172, 18, new Color(0x9ecbff));
        circle(g, 184, 128, 24, Color.WHITE);
        g.dispose();
        return image;
    }

    private static void circle(Graphics2D g, double cx, double cy, double r, Color color) {
        g.setColor(color);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }
}
