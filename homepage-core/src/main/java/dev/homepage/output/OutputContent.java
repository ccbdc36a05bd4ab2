package dev.homepage.output;

import dev.homepage.cache.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

/**
 * What a file of the output holds, as {@link SiteWriter} remembers it: where a file holds the same as in the last
 * write, it is left as it is.
 */
sealed interface OutputContent permits OutputContent.Page, OutputContent.Binary, OutputContent.CopiedFile,
        OutputContent.ThemeFile {

    /**
     * A page, in UTF-8. A page the page cache kept from the last build is the same array, which compares equal at
     * once; a page rendered again is compared byte by byte.
     */
    record Page(byte[] content) implements OutputContent {
        @Override
        public boolean equals(Object other) {
            return other instanceof Page page && Arrays.equals(page.content, content);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(content);
        }
    }

    /** A binary file made by the build (a CV's PDF), equal to another of the same bytes. */
    record Binary(byte[] bytes, String digest) implements OutputContent {
        static Binary of(byte[] bytes) {
            return new Binary(bytes, Fingerprint.start().add(bytes).finish());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Binary binary && binary.digest.equals(digest);
        }

        @Override
        public int hashCode() {
            return digest.hashCode();
        }
    }

    /** A copied file as it was when copied: it is copied again when its size or time differ. */
    record CopiedFile(Path source, long size, FileTime modified) implements OutputContent {
        static CopiedFile of(Path source) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            return new CopiedFile(source, attributes.size(), attributes.lastModifiedTime());
        }
    }

    /** A file of the theme, the same for as long as homepage runs. */
    record ThemeFile(String name) implements OutputContent {
    }

    /** The bytes of a file the build made (a page, a binary file, a theme file); a copied file is copied instead. */
    static byte[] bytesOf(OutputContent content, ThemeAssets theme) throws IOException {
        if (content instanceof Binary binary) {
            return binary.bytes();
        }
        return content instanceof ThemeFile file ? theme.read(file.name()) : ((Page) content).content();
    }
}
