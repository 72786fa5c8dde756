import { PATH_COMPLETION } from './complete-words.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

// Each script asks the installed `dockerlearn` for candidates, so topics from --content folders and
// DOCKERLEARN_CONTENT are completed too, and the script never goes stale when notes change.
const scripts: Record<Shell, string> = {
  bash: `# dockerlearn completion for bash. Install: dockerlearn completion bash > ~/.local/share/bash-completion/completions/dockerlearn
_dockerlearn() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  local IFS=$'\\n'
  COMPREPLY=($(dockerlearn __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
  if [[ "\${COMPREPLY[0]}" == "${PATH_COMPLETION}" ]]; then
    COMPREPLY=($(compgen -d -- "$cur"))
  fi
}
complete -F _dockerlearn dockerlearn
`,
  zsh: `#compdef dockerlearn
# dockerlearn completion for zsh. Install: dockerlearn completion zsh > "\${fpath[1]}/_dockerlearn", then restart zsh
_dockerlearn() {
  local -a candidates
  candidates=("\${(@f)$(dockerlearn __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ "\${candidates[1]}" == "${PATH_COMPLETION}" ]]; then
    _files -/
  else
    compadd -a candidates
  fi
}
compdef _dockerlearn dockerlearn
`,
  fish: `# dockerlearn completion for fish. Install: dockerlearn completion fish > ~/.config/fish/completions/dockerlearn.fish
function __dockerlearn_complete
  set -l words (commandline -opc)[2..-1] (commandline -ct)
  set -l candidates (dockerlearn __complete -- $words 2>/dev/null)
  if test "$candidates[1]" = "${PATH_COMPLETION}"
    __fish_complete_directories (commandline -ct)
  else
    printf '%s\\n' $candidates
  end
end
complete -c dockerlearn -f -a '(__dockerlearn_complete)'
`,
};

/** The completion script for a shell. */
export function completionScript(shell: Shell): string {
  return scripts[shell];
}
