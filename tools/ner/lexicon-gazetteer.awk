# lexicon-gazetteer.awk — turn the entity recogniser's lexicon files
# (src/analysis/lexicon/*.txt, format in src/analysis/lexicon/README.md) into the name
# tagger's gazetteer lines "TYPE<TAB>phrase". Run by scripts/train-ner.
#   entry sections: person -> PER, country / place -> LOC,
#   organization -> ORG, other -> MISC, title -> TITLE; "adj:" aliases are
#   MISC (as CoNLL tags "German"), "met:" aliases LOC, "code=", "dates=",
#   "takes=", "succ=" ignored.
#   words.txt: [given] -> FIRST, [org-word] -> ORGWORD, one word each.
function emit(type, p) {
    sub(/^ +/, "", p); sub(/ +$/, "", p)
    sub(/^[Tt]he /, "", p)
    gsub(/'s( |$)/, " 's ", p)            # CoNLL splits the possessive
    gsub(/, /, " , ", p)
    gsub(/ +/, " ", p); sub(/ +$/, "", p)
    if (p != "") printf "%s\t%s\n", type, p
}
/^#/ || /^[ \t]*$/ { next }
/^\[/ {
    s = $0; gsub(/[\[\] \t]/, "", s)
    type = ""
    if (s == "person") type = "PER"
    else if (s == "country" || s == "place") type = "LOC"
    else if (s == "organization") type = "ORG"
    else if (s == "other") type = "MISC"
    else if (s == "title") type = "TITLE"
    else if (s == "given") type = "FIRST"
    else if (s == "org-word") type = "ORGWORD"
    words = (s == "given" || s == "org-word")
    next
}
type == "" { next }
words { for (i = 1; i <= NF; i++) emit(type, $i); next }
{
    n = split($0, part, /\|/)
    for (i = 1; i <= n; i++) {
        p = part[i]; sub(/^ +/, "", p)
        if (p ~ /^(code|dates|takes|succ)=/) continue
        if (p ~ /^adj:/) { sub(/^adj:/, "", p); emit("MISC", p); continue }
        if (p ~ /^met:/) { sub(/^met:/, "", p); emit("LOC", p); continue }
        sub(/^cs:/, "", p)
        emit(type, p)
    }
}
