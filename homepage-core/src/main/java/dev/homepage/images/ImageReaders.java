package dev.homepage.images;

import javax.imageio.ImageIO;

/**
 * Registers the image readers on homepage's class path (TwelveMonkeys' JPEG reader) with Java's image registry.
 * The registry looks for them with the thread's context class loader, which inside Maven is not always the one that
 * loaded homepage: it is asked to look once, with homepage's.
 */
final class ImageReaders {

    private static volatile boolean registered;

    private ImageReaders() {
    }

    static void register() {
        if (registered) {
            return;
        }
        synchronized (ImageReaders.class) {
            if (!registered) {
                Thread thread = Thread.currentThread();
                ClassLoader before = thread.getContextClassLoader();
                thread.setContextClassLoader(ImageReaders.class.getClassLoader());
                try {
                    ImageIO.scanForPlugins();
                } finally {
                    thread.setContextClassLoader(before);
                }
                // Image streams then buffer in memory, not in files of the temporary folder: a build writes nothing
                // outside its output and cache folders.
                ImageIO.setUseCache(false);
                registered = true;
            }
        }
    }
}
