package com.qh.vacancy.extraction;

import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import com.qh.skills.requirements.Importance;
import com.qh.skills.requirements.RequiredSkill;
import com.qh.skills.requirements.RequirementExtractor;
import com.qh.skills.requirements.Requirements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Requirements of a vacancy: what its text asks for, and the key skills its source lists. Read with the taxonomy in
 * use: the shipped one until a release of skills learnt from the market replaces it ({@link #use}), at run time.
 */
@Component
public class Extraction {

    /** The evidence given for a skill that the source listed rather than the text named. */
    public static final String KEY_SKILLS = "key skills";

    /** The taxonomy and its extractor, swapped together so a reading never mixes two releases. */
    private volatile Reader reader = new Reader(SkillTaxonomy.builtIn());

    private record Reader(SkillTaxonomy taxonomy, RequirementExtractor extractor) {

        Reader(SkillTaxonomy taxonomy) {
            this(taxonomy, new RequirementExtractor(taxonomy));
        }
    }

    /**
     * The requirements in {@code text}, with {@code keySkills} added as required: by their canonical name when the
     * taxonomy knows them, as written otherwise.
     */
    public Requirements read(String text, List<String> keySkills) {
        Reader reader = this.reader;
        SkillTaxonomy taxonomy = reader.taxonomy();
        Requirements found = reader.extractor().extract(text == null ? "" : text);
        List<RequiredSkill> skills = new ArrayList<>(found.skills());
        Set<String> known = new LinkedHashSet<>();
        skills.forEach(skill -> known.add(skill.name().toLowerCase(Locale.ROOT)));
        List<RequiredSkill> listed = new ArrayList<>();
        for (String keySkill : keySkills) {
            Optional<Skill> skill = taxonomy.find(keySkill);
            String name = skill.map(Skill::name).orElse(keySkill.strip());
            if (!name.isEmpty() && known.add(name.toLowerCase(Locale.ROOT))) {
                listed.add(new RequiredSkill(name, skill.map(Skill::category).orElse(null), Importance.MUST, KEY_SKILLS));
            } else if (!name.isEmpty()) {
                // Listed by the source and named in the text as a plus: the listing makes it required.
                skills.replaceAll(s -> s.name().equalsIgnoreCase(name) && s.importance() == Importance.NICE
                        ? new RequiredSkill(s.name(), s.category(), Importance.MUST, s.evidence()) : s);
            }
        }
        skills.addAll(listed);
        skills.sort(java.util.Comparator.comparing(RequiredSkill::importance)); // stable: text order within each
        return new Requirements(skills, found.experience(), found.education(), found.languages(),
                found.responsibilities(), found.taxonomyVersion());
    }

    /** The taxonomy's version, stored with each result. */
    public String taxonomyVersion() {
        return reader.taxonomy().version();
    }

    /** The taxonomy in use. */
    public SkillTaxonomy taxonomy() {
        return reader.taxonomy();
    }

    /** Reads with {@code taxonomy} from now on: a taxonomy release applied without a restart. */
    public void use(SkillTaxonomy taxonomy) {
        reader = new Reader(taxonomy);
    }
}
