package dev.homepage.check;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import dev.homepage.config.ConfigLoader;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.content.SourceTree;
import dev.homepage.output.SiteAddresses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a site just built, and its sources: every internal link, image and {@code #anchor} resolves, no page
 * is empty, and no text was garbled by a wrong encoding. Each finding names the source file and line to fix.
 * What the build warned of is not found again: the findings add to the build's warnings.
 *
 * <p>The build's report says which source made each file of the output; the check reads the files the build
 * wrote, and only those, so that a stale file left in the output folder by an earlier build does not hide a
 * broken link.
 */
public final class SiteChecker {

    private static final Comparator<Finding> BY_LOCATION = Comparator
            .comparing((Finding finding) -> finding.problem().file().toString())
            .thenComparingInt(finding -> finding.problem().line())
            .thenComparing(Finding::severity)
            .thenComparing(finding -> finding.problem().message());

    /**
     * @param request what was built
     * @param report what the build of that request did
     * @return the findings, in file and line order; the same finding made on several pages (a broken link of
     *     the navigation bar) once; none that is one of the build's warnings (an image the build warned of that
     *     the check finds missing is an error)
     * @throws SiteBuildException when the config cannot be read
     */
    public List<Finding> check(BuildRequest request, BuildReport report) throws SiteBuildException, IOException {
        Path source = request.sourceDirectory().toAbsolutePath().normalize();
        Path output = request.outputDirectory().toAbsolutePath().normalize();
        SiteConfig config = new ConfigLoader().load(source, request.baseUrl());
        // What the scan finds wrong (symbolic links out of the folder) the build has reported already.
        SourceTree tree = SourceTree.scan(source, output, config, new Problems());

        List<Path> shared = new ArrayList<>();
        ConfigLoader.configFile(source).ifPresent(shared::add);
        shared.addAll(tree.dataFiles());
        shared.addAll(SourceLines.filesOf(source, Path.of(SourceNames.TEMPLATES_FOLDER)));
        shared.addAll(SourceLines.filesOf(source, Path.of(SourceNames.INCLUDES_FOLDER)));
        SourceLines sources = new SourceLines(source, shared, tree.contentFiles());

        Map<String, Path> written = report.sources().entrySet().stream()
                .collect(Collectors.toMap(entry -> slashed(entry.getKey()), Map.Entry::getValue));
        Map<String, SitePage> pages = read(output, written);
        LinkCheck links = new LinkCheck(new SiteAddresses(config.url(), config.baseurl()), written.keySet(), pages,
                sources);

        Set<Finding> findings = new LinkedHashSet<>();
        pages.values().stream().sorted(Comparator.comparing(SitePage::path)).forEach(page -> {
            findings.addAll(links.check(page));
            EmptyPageCheck.check(page).ifPresent(findings::add);
        });
        // The build warned of garbled text in the content files as it read them; the check reads the other text the
        // site's author wrote: config, data, templates and includes.
        findings.addAll(MojibakeCheck.check(shared, sources));
        return findings.stream().sorted(BY_LOCATION).toList();
    }

    /** The HTML pages among the files written, parsed (in parallel: parsing is most of the check's work). */
    private static Map<String, SitePage> read(Path output, Map<String, Path> written) throws IOException {
        try {
            return written.entrySet().parallelStream().filter(entry -> SitePage.isHtml(entry.getKey()))
                    .map(entry -> {
                        try {
                            return SitePage.read(output, entry.getKey(), entry.getValue());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.toMap(SitePage::path, Function.identity()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
