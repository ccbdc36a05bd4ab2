package dev.homepage.render;

/**
 * One link of the author profile.
 *
 * @param id the config key it came from, such as "googlescholar", "orcid" or "github"; themes pick icons by it
 * @param label the human name of the service, such as "Google Scholar"
 * @param url the href
 */
public record ProfileLink(String id, String label, String url) {
}
