package nl.kompas.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaNameTest {

    private static final String SHA = "3f9a1c2b4d5e6f70" + "0".repeat(48);

    @Test
    void anUploadIsNamedByItsReadableNameAndItsHash() {
        MediaName name = MediaName.original("team-overleg", SHA, ImageType.JPEG);
        assertEquals("team-overleg-3f9a1c2b4d5e6f70.jpg", name.fileName());
        assertEquals("/media/team-overleg-3f9a1c2b4d5e6f70.jpg", name.url());
        assertEquals(
                "/media/team-overleg-3f9a1c2b4d5e6f70-960w.jpg",
                name.scaled(960, ImageType.JPEG).url());
        assertEquals(
                "team-overleg-3f9a1c2b4d5e6f70-480w.png",
                MediaName.original("team-overleg", SHA, ImageType.WEBP)
                        .scaled(480, ImageType.PNG)
                        .fileName());
    }

    @Test
    void namesAreReadBackFromFileNamesAndUrls() {
        MediaName scaled =
                MediaName.parse("team-overleg-3f9a1c2b4d5e6f70-960w.jpg").orElseThrow();
        assertEquals(new MediaName("team-overleg", "3f9a1c2b4d5e6f70", 960, "jpg"), scaled);
        assertEquals(
                Optional.of(new MediaName("foto", "3f9a1c2b4d5e6f70", null, "webp")),
                MediaName.fromUrl("https://www.koersvast.example/media/foto-3f9a1c2b4d5e6f70.webp?v=2#top"));
        assertEquals(
                Optional.of(new MediaName("foto", "3f9a1c2b4d5e6f70", null, "png")),
                MediaName.fromUrl("/media/foto-3f9a1c2b4d5e6f70.png"));
    }

    @Test
    void contentFolderNamesAndLookalikesAreNotLibraryNames() {
        for (String name : new String[] {
            "leercyclus.svg",
            "foto.jpg",
            "foto-3f9a1c2b4d5e6f70.svg",
            "foto-3F9A1C2B4D5E6F70.jpg",
            "foto-3f9a1c2b4d5e6f7.jpg",
            "Foto-3f9a1c2b4d5e6f70.jpg",
            "foto-3f9a1c2b4d5e6f70-0w.jpg",
            "../foto-3f9a1c2b4d5e6f70.jpg",
            ""
        }) {
            assertEquals(Optional.empty(), MediaName.parse(name), name);
        }
        assertEquals(Optional.empty(), MediaName.fromUrl("/theme/abc/logo.png"));
        assertEquals(Optional.empty(), MediaName.fromUrl(null));
    }

    @Test
    void theReadablePartComesFromTheFileNameAsASlug() {
        assertEquals("team-overleg-2025", MediaName.baseFrom("Team overleg (2025).JPG"));
        assertEquals("cafe-een", MediaName.baseFrom("C:\\Users\\anne\\Café één.png"));
        assertEquals("portret", MediaName.baseFrom("/home/anne/portret.webp"));
        assertEquals(MediaName.FALLBACK_BASE, MediaName.baseFrom("....jpg"));
        assertEquals(MediaName.FALLBACK_BASE, MediaName.baseFrom(null));
        String longName = MediaName.baseFrom("a".repeat(30) + " " + "b".repeat(30) + ".jpg");
        assertTrue(longName.length() <= MediaName.MAX_BASE_LENGTH, longName);
    }

    /** An export names a file by its public name; an import must give back the same name and URL. */
    @Test
    void aHashThatAnExportAddedIsDroppedFromTheReadablePart() {
        assertEquals("team-overleg", MediaName.baseFrom("team-overleg-3f9a1c2b4d5e6f70.jpg"));
        MediaName again =
                MediaName.original(MediaName.baseFrom("team-overleg-3f9a1c2b4d5e6f70.jpg"), SHA, ImageType.JPEG);
        assertEquals("team-overleg-3f9a1c2b4d5e6f70.jpg", again.fileName());
    }
}
