package com.qh.analysis.resume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Intention-revealing resume files for the unit tests. */
public final class Resumes {

    private Resumes() {
    }

    public static byte[] javaDeveloperRu() {
        return Renderer.pdf("""
                # Смирнов Алексей
                Java-разработчик
                Москва · +7 (916) 123-45-67 · a.smirnov@mail.ru
                ## Опыт работы
                Ведущий разработчик — ООО «Ромашка» >> март 2020 — по настоящее время
                - Платёжный шлюз на Spring Boot и Kafka, 2 000 операций в секунду
                Разработчик — АО «Вектор» >> 2016–2020
                - Микросервисы на Java и PostgreSQL
                ## Образование
                МГТУ им. Н. Э. Баумана, 2016, Бакалавр, Информатика
                ## Навыки
                Java, Spring Boot, PostgreSQL, Kafka, Docker, k8s
                ## Языки
                Английский — B2
                """);
    }

    public static byte[] twoColumnsEn() {
        return Renderer.pdfTwoColumns("# Daniel Novak\nDevOps Engineer", """
                ## Contact
                daniel.novak@proton.me
                +420 777 123 456
                Prague
                ## Skills
                Kubernetes
                Terraform
                Ansible
                Prometheus
                """, """
                ## Experience
                Senior DevOps Engineer, Kiwi.com >> 03/2020 – Present
                - Moved 60 services to Kubernetes on AWS with Terraform and Helm
                Systems Engineer, Avast >> 2017–2020
                - Ran 300 Linux servers with Ansible
                ## Education
                Czech Technical University, 2015
                """);
    }

    public static byte[] plainText(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static byte[] docx(String text) {
        return Renderer.docx(text);
    }

    /** A scan: one page holding only a picture. */
    public static byte[] imageOnlyPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage picture = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 400; x++) {
                picture.setRGB(x, x / 2, 0xffffff);
            }
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.drawImage(image, 50, 400, 400, 200);
            }
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
