package dev.homepage;

/** Builds a homepage: load config, load content, render Markdown and Liquid, render templates, write output. */
public final class SiteGenerator {

    public BuildReport generate(BuildRequest request) throws SiteBuildException {
        throw new UnsupportedOperationException("in progress");
    }
}
