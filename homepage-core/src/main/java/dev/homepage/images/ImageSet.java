package dev.homepage.images;

import java.util.List;

/**
 * A raster image of the site as pages show it: its size, and its smaller copies.
 *
 * @param width its width in pixels, as shown (after the rotation its EXIF data asks for)
 * @param height its height in pixels, as shown
 * @param copies the smaller copies, narrowest first; empty when the image is no wider than the narrowest copy
 */
public record ImageSet(int width, int height, List<Copy> copies) {

    /**
     * A smaller copy of an image.
     *
     * @param width its width in pixels
     * @param path where it goes in the site, relative to the output folder
     * @param bytes the encoded image
     */
    public record Copy(int width, String path, byte[] bytes) {
    }
}
