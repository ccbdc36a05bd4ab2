package dev.homepage.render;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * One person of a page in al-folio's {@code layout: profiles}, as its front matter's {@code profiles:} lists them.
 *
 * @param align the side the photo and the lines under it take: "left", or "right" as al-folio has it by default
 * @param image the href of the photo, a file of al-folio's {@code assets/img/} folder; or empty
 * @param circular whether the photo is cropped to a circle ({@code image_circular})
 * @param moreInfo the lines under the photo ({@code more_info}), with the markup of text only
 * @param content the person's text: the file {@code content:} names, rendered; the page's own text when it names
 *     none, as in al-folio
 */
public record ProfileView(String align, String image, boolean circular, TemplateHTMLOutputModel moreInfo,
        TemplateHTMLOutputModel content) {
}
