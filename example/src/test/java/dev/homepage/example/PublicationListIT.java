package dev.homepage.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The publications page as a reader sees it. */
class PublicationListIT extends ExampleInChromium {

    @Test
    void onADesktopEveryPaperTitleStartsAtTheSamePlaceWithOrWithoutABadge() {
        chromium.resize(HeadlessChromium.DESKTOP);
        chromium.open(site.home().resolve("publications/"));

        List<WebElement> papers = chromium.driver().findElements(By.cssSelector(".paper"));
        assertThat(papers).as("papers with and without a badge")
                .anyMatch(paper -> !paper.findElements(By.cssSelector(".paper-aside")).isEmpty())
                .anyMatch(paper -> paper.findElements(By.cssSelector(".paper-aside")).isEmpty());
        assertThat(papers.stream().map(paper -> paper.findElement(By.cssSelector(".paper-title")).getRect().getX())
                .distinct()).as("the left edges of the titles").hasSize(1);
    }
}
