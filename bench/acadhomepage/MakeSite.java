import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the AcadHomepage-shaped benchmark site: the text of {@code site/} beside this file, and the raster
 * images it shows, drawn here with a fixed seed (so every run draws the same pixels) at the sizes researchers
 * upload: a 1200 px photo and paper figures 1800 to 2400 px wide, as PNG (with the sensor noise of a screenshot
 * of a photo, which PNG compresses badly) and as JPEG.
 *
 * <pre>java bench/acadhomepage/MakeSite.java OUT</pre>
 */
public final class MakeSite {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java bench/acadhomepage/MakeSite.java OUT");
            System.exit(2);
        }
        // Run as a source file, the class has no location of its own: the text is found from the repository root.
        Path text = Path.of("bench", "acadhomepage", "site");
        Path out = Path.of(args[0]);
        try (Stream<Path> files = Files.walk(text)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = out.resolve(text.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path images = Files.createDirectories(out.resolve("images"));
        writeJpeg(photo(1200, 1200, new Random(1)), images.resolve("avatar.jpg"));
        List<String> figures = List.of("fig-sparse-attention.png", "fig-token-merging.jpg", "fig-distillation.png",
                "fig-quantization.jpg", "fig-curriculum.png", "fig-pruning.jpg");
        for (int i = 0; i < figures.size(); i++) {
            String name = figures.get(i);
            BufferedImage figure = figure(1800 + 120 * i, 1000 + 60 * i, new Random(100 + i));
            if (name.endsWith(".png")) {
                ImageIO.write(figure, "png", images.resolve(name).toFile());
            } else {
                writeJpeg(figure, images.resolve(name));
            }
        }
    }

    /** A soft portrait-like picture: a lit background, a head and shoulders, grain. */
    private static BufferedImage photo(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(196, 210, 222), width, height, new Color(92, 110, 128)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(60, 52, 70));
        g.fillOval(width / 4, height * 11 / 20, width / 2, height * 3 / 4);
        g.setColor(new Color(226, 190, 164));
        g.fillOval(width * 7 / 20, height / 5, width * 3 / 10, height * 2 / 5);
        g.setColor(new Color(70, 48, 36));
        g.fillArc(width * 33 / 100, height / 6, width * 34 / 100, height / 4, 0, 180);
        g.dispose();
        addGrain(image, random, 10);
        return image;
    }

    /** A paper's overview figure: boxes of a pipeline, arrows, a plot with curves, labels, and grain. */
    private static BufferedImage figure(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(250, 248, 240), 0, height, new Color(226, 232, 240)));
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 28));
        g.setStroke(new BasicStroke(height / 200f));
        int boxes = 4;
        int boxWidth = width / 2 / boxes;
        for (int i = 0; i < boxes; i++) {
            int x = width / 40 + i * (boxWidth + width / 60);
            int y = height / 8;
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.45f, 0.9f));
            g.fillRoundRect(x, y, boxWidth, height / 4, 24, 24);
            g.setColor(new Color(40, 40, 48));
            g.drawRoundRect(x, y, boxWidth, height / 4, 24, 24);
            g.drawString("Stage " + (i + 1), x + boxWidth / 8, y + height / 7);
            if (i > 0) {
                g.drawLine(x - width / 60, y + height / 8, x, y + height / 8);
            }
        }
        // A photo-like panel: the input the method works on.
        int panelX = width * 58 / 100;
        g.setPaint(new GradientPaint(panelX, 0, new Color(64, 120, 72), width, height / 2, new Color(150, 190, 220)));
        g.fillRect(panelX, height / 10, width * 38 / 100, height * 4 / 10);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            int size = 20 + random.nextInt(height / 8);
            g.fillOval(panelX + random.nextInt(width * 38 / 100 - size), height / 10 + random.nextInt(height * 4 / 10 - size),
                    size, size);
        }
        // A plot: accuracy against compute for a few methods.
        int plotX = width / 20;
        int plotY = height * 6 / 10;
        int plotWidth = width * 9 / 10;
        int plotHeight = height * 3 / 10;
        g.setColor(Color.WHITE);
        g.fillRect(plotX, plotY, plotWidth, plotHeight);
        g.setColor(new Color(40, 40, 48));
        g.drawRect(plotX, plotY, plotWidth, plotHeight);
        for (int curve = 0; curve < 4; curve++) {
            Path2D path = new Path2D.Double();
            double level = 0.2 + 0.15 * curve;
            for (int step = 0; step <= 60; step++) {
                double x = plotX + plotWidth * step / 60.0;
                double y = plotY + plotHeight * (1 - level * (1 - Math.exp(-step / 12.0)) - 0.03 * random.nextGaussian());
                if (step == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setColor(Color.getHSBColor(curve / 4f, 0.8f, 0.7f));
            g.draw(path);
        }
        g.dispose();
        addGrain(image, random, 6);
        return image;
    }

    /** Noise as a camera or a screenshot of a photo has it; it is what makes such a PNG weigh megabytes. */
    private static void addGrain(BufferedImage image, Random random, int amount) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int noise = random.nextInt(2 * amount + 1) - amount;
                int r = clamp(((rgb >> 16) & 0xff) + noise);
                int gr = clamp(((rgb >> 8) & 0xff) + noise);
                int b = clamp((rgb & 0xff) + noise);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(0.92f);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
    }
}
