package com.qh.launcher.hostile;

import static com.qh.launcher.hostile.Expect.refused;
import static com.qh.launcher.hostile.Expect.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.Payloads;
import com.qh.launcher.RunningPlatform.Answer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Uploads an attacker would try on the document service: file names that climb out of a directory or hide their
 * type, decompression bombs (a DOCX that inflates to gigabytes), archives and HTML dressed as documents, polyglots,
 * and broken multipart. A name is either refused or kept as a plain name; a bomb or a disguised file is refused; a
 * file that is what it says is served back as an attachment of its own type, never as a page.
 */
final class UploadCases {

    private static final String UPLOAD = "/api/v1/documents?kind=RESUME_UPLOAD";

    private UploadCases() {
    }

    static List<HostileCase> cases() {
        List<HostileCase> cases = new ArrayList<>();
        String[] names = { "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "/etc/passwd", "C:\\boot.ini",
                "resume.pdf/../../../.ssh/authorized_keys", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....//....//etc/passwd",
                "CON.pdf", "resume.pdf\u202Eexe.pdf", "resume\u200B.pdf", "résumé 履歴書 резюме.pdf",
                "x".repeat(1000) + ".pdf", ".pdf", ".htaccess", "resume.pdf.exe", "a\"; filename=\"evil.html",
                "resume.pdf%00.html", "<img src=x onerror=alert(1)>.pdf", "resume.pdf\r\nX-Injected: 1" };
        for (String name : names) {
            cases.add(c("a file named " + printable(name), s -> s.upload(s.mallory.accessToken(), UPLOAD, name,
                    "application/pdf", Payloads.pdf("named")), safelyNamed()));
        }
        cases.add(c("a file name with a NUL byte", s -> s.upload(s.mallory.accessToken(), UPLOAD,
                "resume.pdf\u0000.html", "application/pdf", Payloads.pdf("nul")), safelyNamed()));
        cases.add(c("a file name given only as filename* climbing out",
                s -> s.multipart(s.mallory.accessToken(), UPLOAD, "Content-Disposition: form-data; name=\"file\"; "
                        + "filename*=UTF-8''..%2F..%2F..%2Fetc%2Fpasswd\r\nContent-Type: application/pdf",
                        Payloads.pdf("star")), safelyNamed()));
        cases.add(c("a DOCX that inflates to 2 GiB", s -> s.upload(s.mallory.accessToken(), UPLOAD, "resume.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Payloads.docxBomb(2)),
                status(413, 415, 422)));
        cases.add(c("a DOCX of nested 1 GiB bombs", s -> s.upload(s.mallory.accessToken(), UPLOAD, "resume.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Payloads.nestedZips(2)),
                status(413, 415, 422)));
        cases.add(c("a ZIP renamed .pdf", s -> s.upload(s.mallory.accessToken(), UPLOAD, "resume.pdf",
                "application/pdf", Payloads.zip(Map.of("notes.txt", "hi".getBytes(StandardCharsets.UTF_8)))),
                status(415, 422)));
        cases.add(c("a ZIP renamed .docx whose entries climb out", s -> s.upload(s.mallory.accessToken(), UPLOAD,
                "resume.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Payloads.zip(entries("[Content_Types].xml", "<Types/>", "../../../../tmp/qh-evil", "owned",
                        "word/document.xml", "<w:document/>"))), status(201, 415, 422)));
        cases.add(c("an HTML page named .pdf", s -> s.upload(s.mallory.accessToken(), UPLOAD, "resume.pdf",
                "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                status(415, 422)));
        cases.add(c("an SVG with a script", s -> s.upload(s.mallory.accessToken(), UPLOAD, "photo.svg",
                "image/svg+xml", ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)"
                        + "</script></svg>").getBytes(StandardCharsets.UTF_8)), status(415, 422)));
        cases.add(c("an executable named .pdf", s -> s.upload(s.mallory.accessToken(), UPLOAD, "resume.pdf",
                "application/pdf", Payloads.executable()), status(415, 422)));
        cases.add(c("a PDF with a ZIP appended (polyglot) is served only as a PDF attachment",
                s -> served(s, s.upload(s.mallory.accessToken(), UPLOAD, "resume.pdf", "application/pdf",
                        Payloads.pdfZipPolyglot())), servedSafely()));
        cases.add(c("an HTML page behind a PDF header is served only as a PDF attachment",
                s -> served(s, s.upload(s.mallory.accessToken(), UPLOAD, "resume.pdf", "text/html",
                        Payloads.pdfHtmlPolyglot())), servedSafely()));
        cases.add(c("an empty file", s -> s.upload(s.mallory.accessToken(), UPLOAD, "empty.pdf", "application/pdf",
                new byte[0]), status(400, 415, 422)));
        cases.add(c("no file part", s -> s.multipart(s.mallory.accessToken(), UPLOAD,
                "Content-Disposition: form-data; name=\"other\"", "x".getBytes(StandardCharsets.UTF_8)),
                status(400)));
        cases.add(c("a multipart body that never ends", s -> s.send(s.platform.request("POST", UPLOAD,
                s.mallory.accessToken()).header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; "
                        + "name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4"))), refused()));
        cases.add(c("multipart without a boundary", s -> s.send(s.platform.request("POST", UPLOAD,
                s.mallory.accessToken()).header("Content-Type", "multipart/form-data")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))), refused()));
        cases.add(c("a JSON body where a file goes", s -> s.json("POST", UPLOAD, "{\"file\":\"../../etc/passwd\"}",
                s.mallory.accessToken()), status(400, 415)));
        // The analysis service reads uploaded resumes itself, with its own parser: the same bombs and disguises.
        for (String path : new String[] { "/api/v1/analysis/resumes/parse", "/api/v1/analysis/ats" }) {
            cases.add(a("a DOCX that inflates to 2 GiB to " + path, s -> s.upload(s.mallory.accessToken(), path,
                    "resume.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    Payloads.docxBomb(2)), status(413, 415, 422)));
            cases.add(a("a DOCX of nested 1 GiB bombs to " + path, s -> s.upload(s.mallory.accessToken(), path,
                    "resume.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    Payloads.nestedZips(2)), status(413, 415, 422)));
            cases.add(a("an executable named .pdf to " + path, s -> s.upload(s.mallory.accessToken(), path,
                    "resume.pdf", "application/pdf", Payloads.executable()), status(415, 422)));
            cases.add(a("a PDF with a ZIP appended to " + path, s -> s.upload(s.mallory.accessToken(), path,
                    "resume.pdf", "application/pdf", Payloads.pdfZipPolyglot()), Expect.handled()));
            cases.add(a("an empty file to " + path, s -> s.upload(s.mallory.accessToken(), path, "empty.pdf",
                    "application/pdf", new byte[0]), status(400, 415, 422)));
            cases.add(a("a climbing file name to " + path, s -> s.upload(s.mallory.accessToken(), path,
                    "../../../../etc/passwd", "application/pdf", Payloads.pdf("climb")),
                    Expect.handled().and(Expect.bodyLacks("root:x:0"))));
            cases.add(a("no file part to " + path, s -> s.multipart(s.mallory.accessToken(), path,
                    "Content-Disposition: form-data; name=\"other\"", "x".getBytes(StandardCharsets.UTF_8)),
                    status(400)));
        }
        return cases;
    }

    private static HostileCase a(String name, Function<Scene, Answer> probe, Expect expect) {
        return new HostileCase("analysis", "upload: " + name, probe, expect);
    }

    /** Refused, or stored under a name with no directory, no control or bidi characters. */
    private static Expect safelyNamed() {
        return (answer, scene) -> {
            if (answer.status() >= 400) {
                assertThat(answer.status()).as(Expect.brief(answer)).isBetween(400, 499);
                return;
            }
            assertThat(answer.status()).as(Expect.brief(answer)).isEqualTo(201);
            String stored = answer.json().path("fileName").asString(answer.json().path("name").asString(""));
            assertThat(stored).as("stored name in %s", Expect.brief(answer)).isNotBlank()
                    .doesNotContain("/", "\\", "\u0000", "\r", "\n", "\u202E", "\u200B").isNotEqualTo("..")
                    .doesNotStartWith("../");
            assertThat(stored.length()).as("stored name length").isLessThanOrEqualTo(255);
        };
    }

    /** The upload was accepted, and the download that came of it is a PDF attachment that no browser renders. */
    private static Expect servedSafely() {
        return (answer, scene) -> {
            assertThat(answer.status()).as(Expect.brief(answer)).isIn(200, 415, 422);
            if (answer.status() == 200) {
                assertThat(answer.contentType()).as("served as").startsWith("application/pdf");
                assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).as("disposition")
                        .startsWith("attachment");
            }
        };
    }

    /** Downloads what {@code uploaded} created; passes a refusal through. */
    private static Answer served(Scene s, Answer uploaded) {
        if (uploaded.status() != 201) {
            return uploaded;
        }
        var response = s.platform.sendForBytes(s.platform.request("GET", "/api/v1/documents/"
                + uploaded.json().path("id").asString() + "/content", s.mallory.accessToken()).timeout(Scene.TIMEOUT));
        return new Answer(response.statusCode(), response.headers(), "", null);
    }

    private static Map<String, byte[]> entries(String... namesAndTexts) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            entries.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    private static String printable(String name) {
        String shown = name.length() > 40 ? name.substring(0, 20) + "…(" + name.length() + " chars)" : name;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(cp -> out.append(cp < 0x20 || cp == 0x202E || cp == 0x200B
                ? String.format("\\u%04X", cp) : new String(Character.toChars(cp))));
        return out.toString();
    }

    private static HostileCase c(String name, Function<Scene, Answer> probe, Expect expect) {
        return new HostileCase("document", "upload: " + name, probe, expect);
    }
}
