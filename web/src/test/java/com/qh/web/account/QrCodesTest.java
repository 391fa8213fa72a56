package com.qh.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG QR code reads back as what it was made of: drawn into pixels and read by ZXing's own reader. */
class QrCodesTest {

    @Test
    void theSvgReadsBackAsTheOtpauthUri() throws Exception {
        String uri = "otpauth://totp/QH:vera%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=QH"
                + "&algorithm=SHA1&digits=6&period=30";

        String svg = QrCodes.svg(uri);

        assertThat(svg).startsWith("<svg").doesNotContain("style=").doesNotContain("<script");
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int width = Integer.parseInt(run.group(3));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < width * scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
                }
            }
        }
        RGBLuminanceSource image = new RGBLuminanceSource(size * scale, size * scale, pixels);

        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(image))).getText();

        assertThat(read).isEqualTo(uri);
    }
}
