package nl.kompas.sharing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleRepository;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.platform.SiteConfig;
import nl.kompas.theme.ActiveTheme;

/**
 * The share images the site draws itself: one per article and case without a picture of its own
 * (its title, in the active theme's colours), and one for the site (its name and tagline) for
 * every other page.
 *
 * <p>Each image's address holds the hash of everything drawn on it
 * ({@code /deelbeeld/artikelen/{slug}-{hash}.png}), so a new title is a new address that networks
 * fetch afresh, and every address can be cached for a year. Nothing is drawn while a page renders:
 * the page only needs the address, and an image is drawn when a network's crawler first asks for it.
 *
 * <p>Drawn images are kept in memory, at most {@link #CACHE_BYTES}, least used first out; none on
 * disk. An image takes some tens of milliseconds to draw and is fetched rarely: by a network's
 * crawler when a link to the page is first shared, which then keeps its own copy. A disk store
 * would save that little work after a restart, and would need cleaning when titles change.
 */
@ApplicationScoped
public class ShareImages {

    public static final String PATH = "/deelbeeld/";

    /** About 300 images of 25 KB. */
    static final long CACHE_BYTES = 8L * 1024 * 1024;

    /**
     * Draws at once: each holds a 3 MB picture while it is drawn, and the site runs on two cores,
     * so a crawler asking for many new images at once must not take the whole machine.
     */
    static final int CONCURRENT_DRAWINGS = 2;

    private static final String HASH = "-([0-9a-f]{12})\\.png";
    private static final Pattern ITEM = Pattern.compile("/(artikelen|cases)/([a-z0-9]+(?:-[a-z0-9]+)*)" + HASH);
    private static final Pattern SITE = Pattern.compile("/site" + HASH);

    @Inject
    SiteConfig site;

    @Inject
    ActiveTheme theme;

    @Inject
    ArticleRepository articles;

    @Inject
    CaseStudyRepository cases;

    private final Cache<String, byte[]> drawn = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((String hash, byte[] png) -> png.length)
            .build();
    private final Semaphore drawing = new Semaphore(CONCURRENT_DRAWINGS);

    /** What a request for a path under {@link #PATH} gets: an image, or a redirect to the current one. */
    record Answer(String hash, byte[] png, String currentPath) {

        boolean isMoved() {
            return png == null;
        }
    }

    PreviewImage forArticle(Article article) {
        ShareCard card = card(article);
        return generated(PATH + "artikelen/" + article.getSlug() + "-" + card.hash() + ".png", card);
    }

    PreviewImage forCase(CaseStudy caseStudy) {
        ShareCard card = card(caseStudy);
        return generated(PATH + "cases/" + caseStudy.getSlug() + "-" + card.hash() + ".png", card);
    }

    /** The site's own image, for pages that have nothing else to show. */
    PreviewImage forSite() {
        ShareCard card = siteCard();
        return generated(PATH + "site-" + card.hash() + ".png", card);
    }

    /**
     * The answer for a path under {@link #PATH} (the part after it, with its leading slash), or
     * empty when there is no such image: an unknown or unpublished item, or a path of another form.
     */
    Optional<Answer> answer(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        Matcher siteImage = SITE.matcher(pathInfo);
        if (siteImage.matches()) {
            return Optional.of(answer(siteImage.group(1), siteCard(), forSite()));
        }
        Matcher item = ITEM.matcher(pathInfo);
        if (!item.matches()) {
            return Optional.empty();
        }
        String slug = item.group(2);
        String hash = item.group(3);
        if ("artikelen".equals(item.group(1))) {
            return articles.findPublishedBySlug(slug).map(article -> answer(hash, card(article), forArticle(article)));
        }
        return cases.findPublishedBySlug(slug).map(caseStudy -> answer(hash, card(caseStudy), forCase(caseStudy)));
    }

    private Answer answer(String askedHash, ShareCard card, PreviewImage current) {
        if (!askedHash.equals(card.hash())) {
            return new Answer(card.hash(), null, URI.create(current.getUrl()).getRawPath());
        }
        return new Answer(card.hash(), png(card), null);
    }

    private byte[] png(ShareCard card) {
        return drawn.get(card.hash(), hash -> {
            drawing.acquireUninterruptibly();
            try {
                return ShareImageRenderer.png(card);
            } finally {
                drawing.release();
            }
        });
    }

    private ShareCard card(Article article) {
        return new ShareCard(article.getTypeLabel(), article.getTitle(), site.getName(), theme.getColours());
    }

    private ShareCard card(CaseStudy caseStudy) {
        return new ShareCard(caseStudy.getClient(), caseStudy.getTitle(), site.getName(), theme.getColours());
    }

    private ShareCard siteCard() {
        String footer =
                site.getTagline().isBlank() ? URI.create(site.getBaseUrl()).getHost() : site.getTagline();
        return new ShareCard("", site.getName(), footer, theme.getColours());
    }

    /** The alt text says what the picture shows: its title and the line below it. */
    private PreviewImage generated(String path, ShareCard card) {
        return new PreviewImage(
                site.absolute(path),
                ShareImageRenderer.WIDTH,
                ShareImageRenderer.HEIGHT,
                "image/png",
                card.title() + " · " + card.footer());
    }
}
