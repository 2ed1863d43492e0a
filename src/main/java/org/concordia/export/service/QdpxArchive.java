package org.concordia.export.service;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.upload.UnpackedZip;

/**
 * The files of an unpacked .qdpx as the standard names them: the {@code project.qde} (in any case, at the top or
 * in the one folder a re-zipped project puts around it), the {@code sources} folder beside it (in any case), and
 * Concordia's own {@code concordia/} folder. Paths in the .qde are resolved here: {@code internal://x} is
 * {@code sources/x}; {@code relative://x} is {@code x} beside the .qde; an {@code absolute://} path or a plain
 * file name lies on the exporting computer, and is looked for in {@code sources} by its file name.
 */
final class QdpxArchive {

    private final UnpackedZip files;
    private final UnpackedZip.Entry qde;
    private final String base;

    private QdpxArchive(UnpackedZip files, UnpackedZip.Entry qde) {
        this.files = files;
        this.qde = qde;
        int slash = qde.name().lastIndexOf('/');
        this.base = slash < 0 ? "" : qde.name().substring(0, slash + 1);
    }

    /** The archive around its .qde: {@code project.qde}, else the only {@code .qde} at the shallowest level. */
    static QdpxArchive of(UnpackedZip files) {
        if (files.entries().isEmpty()) {
            throw new InvalidInputException("error.export.thisIsNotARefi");
        }
        List<UnpackedZip.Entry> qdes = files.entries().stream()
                .filter(e -> e.name().toLowerCase(Locale.ROOT).endsWith(".qde") && !isHidden(e.name()))
                .sorted(Comparator.comparingInt(QdpxArchive::depth)).toList();
        Optional<UnpackedZip.Entry> named = qdes.stream()
                .filter(e -> e.baseName().equalsIgnoreCase("project.qde")).findFirst();
        if (named.isPresent()) {
            return new QdpxArchive(files, named.get());
        }
        if (qdes.size() == 1 || qdes.size() > 1 && depth(qdes.get(0)) < depth(qdes.get(1))) {
            return new QdpxArchive(files, qdes.get(0));
        }
        throw new InvalidInputException("error.export.thisIsNotARefi2");
    }

    UnpackedZip.Entry qde() {
        return qde;
    }

    /** A file of Concordia's own extension folder, or empty in a project from another tool. */
    Optional<byte[]> extra(String name) {
        return files.find(base + RefiQdaProjectFormat.EXTRAS + name).map(UnpackedZip.Entry::bytes);
    }

    /** The file a path of the .qde names, where the archive holds it. */
    Optional<UnpackedZip.Entry> file(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String p = path.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.startsWith("internal://")) {
            return files.find(base + "sources/" + UnpackedZip.safeName(p.substring("internal://".length())));
        }
        if (lower.startsWith("relative://")) {
            Optional<UnpackedZip.Entry> beside = files.find(base + UnpackedZip.safeName(
                    p.substring("relative://".length())));
            if (beside.isPresent()) {
                return beside;
            }
        }
        String fileName = UnpackedZip.safeName(p.replaceFirst("^[a-zA-Z]+://", ""));
        String last = fileName.substring(fileName.lastIndexOf('/') + 1);
        return last.isEmpty() ? Optional.empty() : files.find(base + "sources/" + last);
    }

    /** The text of the file a path names, read as UTF-8 (the standard's encoding for plain text), if it is there. */
    Optional<String> text(String path) {
        return file(path).map(e -> stripByteOrderMark(new String(e.bytes(), StandardCharsets.UTF_8)));
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int depth(UnpackedZip.Entry entry) {
        return (int) entry.name().chars().filter(c -> c == '/').count();
    }

    /** Files an operating system adds when it zips a folder ({@code __MACOSX/}, {@code ._name}). */
    private static boolean isHidden(String name) {
        return name.startsWith("__MACOSX/") || name.contains("/._") || name.startsWith("._");
    }
}
