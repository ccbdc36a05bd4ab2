package dev.homepage.publications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The BibTeX file a reader downloads for one paper: the entry as written, without the site's own fields. */
final class BibTeXExport {

    /** al-folio's fields that say how the site shows a paper, not what the paper is. */
    private static final Set<String> SITE_FIELDS = Set.of("abbr", "abstract", "selected", "preview", "bibtex_show",
            "google_scholar_id", "award", "award_name", "pdf", "code", "slides", "poster", "video", "html",
            "website", "supp", "blog", "dimensions", "altmetric", "additional_info", "annotation");

    private BibTeXExport() {
    }

    static String of(BibEntry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        entry.latex().forEach((name, value) -> {
            if (!SITE_FIELDS.contains(name)) {
                fields.put(name, value);
            }
        });
        return write(entry.type(), entry.key(), fields);
    }

    /** An entry for a paper known only from its Markdown file. */
    static String of(String key, String title, List<Author> authors, String venue, boolean conference, String year,
            String url) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        if (!authors.isEmpty()) {
            fields.put("author", authors.stream().map(Author::name).collect(Collectors.joining(" and ")));
        }
        if (!venue.isEmpty()) {
            fields.put(conference ? "booktitle" : "journal", venue);
        }
        if (!year.isEmpty()) {
            fields.put("year", year);
        }
        if (!url.isEmpty()) {
            fields.put("url", url);
        }
        return write(conference ? "inproceedings" : "article", key, fields);
    }

    private static String write(String type, String key, Map<String, String> fields) {
        StringBuilder bib = new StringBuilder("@").append(type).append('{').append(key).append(",\n");
        fields.forEach((name, value) -> bib.append("  ").append(name).append(" = {")
                .append(value.replace("\n", " ")).append("},\n"));
        return bib.append("}\n").toString();
    }
}
