package nl.kompas.platform.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePage;

/**
 * Serves public pages from the {@link PageCache}, and fills it. Mapped in web.xml before
 * SiteRoutes, so a hit costs one map lookup and a write: no routing, no Faces, no database.
 *
 * <p>A miss renders the page once, even when many visitors ask for it at the same moment: the
 * first renders, the others wait for its bytes. Only a page that marked itself
 * {@link CacheablePage cacheable}, answered 200 and set no cookie is stored. Every page served from
 * here carries a strong ETag and Last-Modified, and a conditional GET gets a 304.
 */
public class PageCacheFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PageCacheFilter.class.getName());

    /**
     * Every use is revalidated: a 304 from memory costs next to nothing, and a page an editor just
     * published is then never shown stale by a browser or a proxy.
     */
    static final String HTML_CACHE_CONTROL = "public, max-age=0, must-revalidate";

    /**
     * Served by their own servlets, with their own caching, never worth holding in memory here; and
     * search, whose results depend on the query string that the key leaves out: never kept, and
     * never made to wait for another visitor's search.
     */
    private static final List<String> PASSED_THROUGH = List.of(
            "/theme/",
            "/media/",
            "/deelbeeld/",
            "/admin",
            "/jakarta.faces.resource/",
            SitePage.SEARCH.template(SiteLanguage.NL),
            SitePage.SEARCH.template(SiteLanguage.EN));

    /** How long a request waits for another's render of the same page before rendering itself. */
    private static final long WAIT_SECONDS = 20;

    @Inject
    PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!cache.isEnabled() || !("GET".equals(method) || "HEAD".equals(method))) {
            chain.doFilter(request, response);
            return;
        }
        // The path alone is the key: no public page reads its query string, so "?utm_source=…"
        // gets the same page, and random query strings cannot fill the cache.
        String path = request.getRequestURI();
        CachedPage page = cache.find(path);
        if (page != null) {
            serve(page, "hit", request, response);
            return;
        }
        // A HEAD is answered from the cache when it can be, but never fills it: the servlet
        // behind it may send no body at all.
        if ("HEAD".equals(method) || isPassedThrough(path)) {
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> other = cache.claim(path, mine);
        if (other != null) {
            page = await(other);
            if (page != null) {
                serve(page, "hit", request, response);
            } else {
                // The other render gave nothing to share (a 404, a redirect): answer this one ourselves.
                chain.doFilter(request, response);
            }
            return;
        }
        render(path, mine, request, response, chain);
    }

    private static boolean isPassedThrough(String path) {
        for (String prefix : PASSED_THROUGH) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private void render(
            String path,
            CompletableFuture<CachedPage> mine,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws IOException, ServletException {
        long generation = cache.generation();
        CapturingResponse capture = new CapturingResponse(response);
        CachedPage page = null;
        Set<String> tags;
        boolean rendered = false;
        PageDependencies.startRecording();
        try {
            chain.doFilter(request, capture);
            rendered = true;
        } finally {
            tags = PageDependencies.stopRecording();
            // A render that threw may have written half a page with status 200: never keep that.
            if (rendered && capture.isShareable() && CacheablePage.isMarked(request) && !startedSession(request)) {
                page = page(capture, tags);
            }
            cache.finish(path, mine, page, generation);
        }
        if (page != null) {
            cache.addBrotliLater(page, page.bytes(ContentEncoding.IDENTITY));
            serve(page, "miss", request, response);
        } else if (!capture.isCommitted()) {
            byte[] body = capture.body();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static boolean startedSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.isNew()) {
            LOG.warning("A public page created an HTTP session, so it is not cached: " + request.getRequestURI());
            return true;
        }
        return false;
    }

    private static CachedPage page(CapturingResponse capture, Set<String> tags) {
        byte[] identity = capture.body();
        // Second precision: that is all Last-Modified and If-Modified-Since can say.
        long now = System.currentTimeMillis() / 1000 * 1000;
        return new CachedPage(
                identity, Compression.gzip(identity), hash(identity), now, capture.replayedHeaders(), tags);
    }

    private static CachedPage await(CompletableFuture<CachedPage> other) throws IOException {
        try {
            return other.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for a page to render", e);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static void serve(CachedPage page, String result, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (CachedPage.Header header : page.headers()) {
            response.setHeader(header.name(), header.value());
        }
        ContentEncoding encoding = page.encodingFor(AcceptedEncodings.parse(request.getHeader("Accept-Encoding")));
        response.setHeader("ETag", page.etag(encoding));
        response.setHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", HTML_CACHE_CONTROL);
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("X-Cache", result);
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (encoding.headerValue() != null) {
            response.setHeader("Content-Encoding", encoding.headerValue());
        }
        byte[] bytes = page.bytes(encoding);
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** RFC 9110 §13.2.2: If-None-Match decides when present; otherwise If-Modified-Since. */
    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return page.matches(ifNoneMatch);
        }
        try {
            long ifModifiedSince = request.getDateHeader("If-Modified-Since");
            return ifModifiedSince >= 0 && page.lastModifiedMillis() <= ifModifiedSince;
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

    /** 128 bits of the SHA-256 of the page, URL-safe: unique enough for an ETag, and short. */
    static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
