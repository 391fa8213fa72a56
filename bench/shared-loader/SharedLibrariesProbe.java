import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import java.util.zip.*;

/**
 * Which jars a loader shared by several apps can hold (docs/benchmarks.md, "One shared loader for the services'
 * libraries"). Arguments: a file listing the candidate jars (those every app has), a file listing every jar of every
 * app, {@code v} for the reasons, and a file to write the result to. By default it pushes out of the candidates every
 * jar that names a class found only in a jar outside them, until none does; with {@code -Dpull=1} it pulls in every
 * jar a shared jar names instead, until nothing named is missing. A class is named by the constant pool's class
 * entries and the descriptors of members, {@code NameAndType} and {@code MethodType}; annotations are left out, since
 * a missing annotation type never fails a link. An experiment's tool, run with {@code java SharedLibrariesProbe.java}.
 */
public class SharedLibrariesProbe {
    static final Pattern DESC = Pattern.compile("L([\\w/$]+);");

    public static void main(String[] args) throws Exception {
        List<String> candidates = Files.readAllLines(Path.of(args[0])).stream().filter(s -> !s.isBlank()).toList();
        List<String> union = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        boolean verbose = args.length > 2;
        Map<String, Set<String>> definedIn = new HashMap<>();
        Map<String, Set<String>> refs = new HashMap<>();
        for (String jar : union) {
            Set<String> r = new HashSet<>();
            scan(jar, definedIn, candidates.contains(jar) ? r : null);
            refs.put(jar, r);
        }
        if (System.getProperty("pull") != null) {
            Set<String> in = new LinkedHashSet<>(candidates);
            Map<String, String> whyIn = new LinkedHashMap<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (String jar : new ArrayList<>(in)) {
                    Set<String> r = refs.get(jar);
                    if (r == null || r.isEmpty()) { r = new HashSet<>(); scan(jar, new HashMap<>(), r); refs.put(jar, r); }
                    for (String ref : r) {
                        Set<String> where = definedIn.get(ref);
                        if (where == null) continue;
                        boolean ok = false;
                        for (String w : where) if (in.contains(w)) { ok = true; break; }
                        if (!ok) { String w = where.iterator().next(); in.add(w); whyIn.put(w, ref + " from " + name(jar)); grew = true; }
                    }
                }
            }
            for (var e : whyIn.entrySet()) System.out.println("  pulled " + name(e.getKey()) + "  <- " + e.getValue());
            if (args.length > 3) Files.write(Path.of(args[3]), in);
            return;
        }
        Set<String> shared = new LinkedHashSet<>(candidates);
        Map<String, String> why = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<String> it = shared.iterator(); it.hasNext();) {
                String jar = it.next();
                for (String ref : refs.get(jar)) {
                    Set<String> where = definedIn.get(ref);
                    if (where == null) continue; // nowhere: optional for every app
                    boolean inShared = false;
                    for (String w : where) if (shared.contains(w)) { inShared = true; break; }
                    if (!inShared) {
                        why.put(jar, ref + " in " + name(where.iterator().next()));
                        it.remove();
                        changed = true;
                        break;
                    }
                }
            }
        }
        long sharedClasses = 0, allClasses = 0;
        for (String jar : candidates) {
            long n = definedIn.entrySet().stream().filter(e -> e.getValue().contains(jar)).count();
            allClasses += n;
            if (shared.contains(jar)) sharedClasses += n;
        }
        System.out.println("shared " + shared.size() + " of " + candidates.size() + " jars; classes " + sharedClasses + " of " + allClasses);
        if (verbose) {
            for (String jar : shared) System.out.println("  + " + name(jar));
            for (var e : why.entrySet()) System.out.println("  - " + name(e.getKey()) + "  <- " + e.getValue());
        }
        if (args.length > 3) Files.write(Path.of(args[3]), shared);
    }

    static String name(String jar) { return jar.substring(jar.lastIndexOf('/') + 1); }

    static void scan(String jar, Map<String, Set<String>> definedIn, Set<String> refs) throws IOException {
        if (!jar.endsWith(".jar")) {
            try (var walk = Files.walk(Path.of(jar))) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (p.toString().endsWith(".class")) {
                        String n = Path.of(jar).relativize(p).toString();
                        classFile(jar, n, Files.readAllBytes(p), definedIn, refs);
                    }
                }
            }
            return;
        }
        try (ZipFile z = new ZipFile(jar)) {
            for (var en = z.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                if (!e.getName().endsWith(".class") || e.getName().endsWith("module-info.class")) continue;
                try (InputStream in = z.getInputStream(e)) {
                    classFile(jar, e.getName(), in.readAllBytes(), definedIn, refs);
                }
            }
        }
    }

    static void classFile(String jar, String entry, byte[] b, Map<String, Set<String>> definedIn, Set<String> refs) throws IOException {
        String n = entry.replaceFirst("^META-INF/versions/\\d+/", "");
        n = n.substring(0, n.length() - ".class".length());
        definedIn.computeIfAbsent(n, k -> new HashSet<>()).add(jar);
        if (refs == null) return;
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
        in.readInt(); in.readUnsignedShort(); in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf = new String[count];
        List<Integer> classIdx = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf[i] = in.readUTF();
                case 7, 16, 19, 20, 8 -> { int x = in.readUnsignedShort(); if (tag == 7) classIdx.add(x); }
                case 3, 4 -> in.readInt();
                case 5, 6 -> { in.readLong(); i++; }
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
                default -> throw new IOException("tag " + tag + " in " + entry);
            }
        }
        List<Integer> descIdx = new ArrayList<>();
        // NameAndType (12) and MethodType (16) descriptors were read as ints/shorts above; re-read the pool for them.
        in = new DataInputStream(new ByteArrayInputStream(b));
        in.readInt(); in.readUnsignedShort(); in.readUnsignedShort(); in.readUnsignedShort();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> in.readUTF();
                case 12 -> { in.readUnsignedShort(); descIdx.add(in.readUnsignedShort()); }
                case 16 -> descIdx.add(in.readUnsignedShort());
                case 7, 19, 20, 8 -> in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> { in.readLong(); i++; }
                case 9, 10, 11, 17, 18 -> in.readInt();
                case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
                default -> throw new IOException("tag " + tag);
            }
        }
        in.readUnsignedShort(); in.readUnsignedShort(); in.readUnsignedShort();
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) in.readUnsignedShort();
        for (int kind = 0; kind < 2; kind++) {
            int members = in.readUnsignedShort();
            for (int i = 0; i < members; i++) {
                in.readUnsignedShort(); in.readUnsignedShort(); descIdx.add(in.readUnsignedShort());
                int attrs = in.readUnsignedShort();
                for (int a = 0; a < attrs; a++) { in.readUnsignedShort(); int len = in.readInt(); in.skipNBytes(len); }
            }
        }
        for (int x : classIdx) {
            String s = utf[x];
            if (s == null) continue;
            if (s.startsWith("[")) { Matcher m = DESC.matcher(s); while (m.find()) refs.add(m.group(1)); }
            else refs.add(s);
        }
        for (int x : descIdx) {
            String s = utf[x];
            if (s == null) continue;
            Matcher m = DESC.matcher(s);
            while (m.find()) refs.add(m.group(1));
        }
    }
}
