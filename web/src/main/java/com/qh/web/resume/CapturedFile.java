package com.qh.web.resume;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;

/**
 * A response that keeps a file the API answered instead of sending it on: the preview's PNG goes into the page as
 * a {@code data:} image, so the page's own headers are left alone.
 */
final class CapturedFile extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ServletOutputStream stream = new ServletOutputStream() {

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("a captured file is written at once");
        }

        @Override
        public void write(int b) {
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }
    };

    CapturedFile(HttpServletResponse response) {
        super(response);
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public void setStatus(int status) {
        // The page answers with its own status.
    }

    @Override
    public void setHeader(String name, String value) {
        // The file's headers are not the page's.
    }

    @Override
    public void addHeader(String name, String value) {
        // As setHeader.
    }

    @Override
    public void setContentType(String type) {
        // As setHeader.
    }

    @Override
    public void setContentLength(int length) {
        // As setHeader.
    }

    @Override
    public void setContentLengthLong(long length) {
        // As setHeader.
    }
}
