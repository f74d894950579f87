// Many documents through one HeidelTime JVM: the same HeidelTimeStandalone.process(text, dct) that the
// jar's own main() calls once per run, called here in a loop, each document with its own DCT.
// Usage: java -cp heideltime.jar:DIR HeidelTimeBatch CONFIG LANGUAGE DOCTYPE MANIFEST
// MANIFEST lines: input-path TAB dct(YYYY-MM-DD or -) TAB output-path. Prints "i<TAB>nanos" per document.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        Language lang = Language.getLanguageFromString(args[1]);
        DocumentType type = DocumentType.valueOf(args[2].toUpperCase());
        HeidelTimeStandalone ht = new HeidelTimeStandalone(lang, type, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        List<String> lines = Files.readAllLines(Paths.get(args[3]), StandardCharsets.UTF_8);
        SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd");
        int i = 0;
        for (String line : lines) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t");
            String text = new String(Files.readAllBytes(Paths.get(f[0])), StandardCharsets.UTF_8);
            Date dct = f[1].equals("-") ? new Date() : fmt.parse(f[1]);
            long t0 = System.nanoTime();
            String out = ht.process(text, dct);
            long dt = System.nanoTime() - t0;
            Files.write(Paths.get(f[2]), out.getBytes(StandardCharsets.UTF_8));
            System.out.println(i + "\t" + dt);
            System.out.flush();
            i++;
        }
    }
}
