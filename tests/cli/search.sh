# .search and .kwic print what search.query / search.kwic return: a table
# with the marks dropped when stdout is not a terminal, clean errors.
. "$(dirname "$0")/lib.bash"
db=$tmp/s.db
add='articles.add{title="Sanctions on Ruritania", body="Envoys said the sanctions would bite. Sanctioned banks closed.", published="2024-01-02"}
articles.add{title="Talks", body="Nothing about Erdoğan here, only talks.", published="2024-02-03", kind="teaser"}
'
run_stdin "$add" "$DOSSIER" -d "$db"
expect_status 0

run_stdin $'.search sanctions\n' "$DOSSIER" -d "$db"
expect_status 0
expect_out_match '^id +title +published +kind +score +snippet'
expect_out_match '^ *1 +Sanctions on Ruritania +2024-01-02 +article +[0-9.e-]+ +Envoys said the sanctions would bite'
expect_out_match '^\(1 row\)'
grep -q $'[\002\003]' "$out_file" && fail "marks leaked into plain output"

# the dot-command prints the same as the Lua call
run_stdin $'search.query("Erdogan")\n' "$DOSSIER" -d "$db"
lua_out=$(cat "$out_file")
run_stdin $'.search Erdogan\n' "$DOSSIER" -d "$db"
expect_out "$lua_out"
expect_out_match 'teaser'

run_stdin $'.kwic sanction\n' "$DOSSIER" -d "$db"
expect_status 0
expect_out_match '^id +left +match +right'
expect_out_match '^ *1 +Envoys said the   sanctions    would bite\. Sanctioned banks'
expect_out_match '^ *1 +aid the sanctions would bite\.   Sanctioned   banks closed\.'
expect_out_match '^\(2 rows\)'

# a query the parser cannot make sense of: one line saying what and where
run_stdin $'.search sanctions AND\n' "$DOSSIER" -d "$db"
expect_status 1
expect_err_match '^search: AND needs something on its right \(at character 11\)$'
[ "$(wc -l <"$out_err")" -eq 1 ] || fail "error is not one line"
run_stdin $'.search "unbalanced\n' "$DOSSIER" -d "$db"
expect_status 0
finish
