package com.qh.analysis.resume;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The labelled resumes of {@code src/test/resources/quality/resumes/<split>/}: each YAML file holds the resume's
 * text in the renderer's markup, the format to render it to, and the fields a careful reader takes from it.
 * A DOC has no writer on the JVM: its file sits next to the YAML, made from the YAML's RTF rendering with
 * {@code abiword --to=doc} (see the README there).
 */
final class LabelledResumes {

    private LabelledResumes() {
    }

    /** One labelled resume. */
    record Labelled(String id, String split, String format, String language, Map<String, Object> source,
            Map<String, Object> expected, byte[] doc) {

        String fileName() {
            return id + "." + switch (format) {
                case "pdf", "pdf-2col" -> "pdf";
                case "docx", "docx-2col" -> "docx";
                case "txt", "txt-cp1251" -> "txt";
                default -> format;
            };
        }

        /** The file a user would upload. */
        byte[] render() {
            String text = (String) source.get("text");
            return switch (format) {
                case "pdf" -> Renderer.pdf(text);
                case "pdf-2col" -> Renderer.pdfTwoColumns((String) source.get("top"), (String) source.get("sidebar"),
                        (String) source.get("main"));
                case "docx" -> Renderer.docx(text);
                case "docx-2col" -> Renderer.docx((String) source.get("top"), (String) source.get("sidebar"),
                        (String) source.get("main"));
                case "txt" -> Renderer.txt(text, StandardCharsets.UTF_8);
                case "txt-cp1251" -> Renderer.txt(text, Charset.forName("windows-1251"));
                case "rtf" -> Renderer.rtf(text);
                case "odt" -> Renderer.odt(text);
                case "doc" -> {
                    if (doc == null) {
                        throw new IllegalStateException(id + ".doc is missing: render the RTF and convert it with "
                                + "abiword --to=doc (see quality/resumes/README.md)");
                    }
                    yield doc;
                }
                default -> throw new IllegalArgumentException("unknown format " + format);
            };
        }
    }

    @SuppressWarnings("unchecked")
    static List<Labelled> load(String split) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:quality/resumes/" + split + "/*.yaml");
            List<Labelled> out = new ArrayList<>();
            for (Resource file : files) {
                Map<String, Object> yaml;
                try (InputStream in = file.getInputStream()) {
                    yaml = new Yaml().load(in);
                }
                String id = file.getFilename().replace(".yaml", "");
                byte[] doc = null;
                Resource docFile = file.createRelative(id + ".doc");
                if (docFile.exists()) {
                    try (InputStream in = docFile.getInputStream()) {
                        doc = in.readAllBytes();
                    }
                }
                out.add(new Labelled(id, split, (String) yaml.get("format"), (String) yaml.get("language"), yaml,
                        (Map<String, Object>) yaml.get("expected"), doc));
            }
            out.sort((a, b) -> a.id().compareTo(b.id()));
            return out;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
