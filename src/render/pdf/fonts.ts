// Where the four Tinos files live inside @expo-google-fonts/tinos (SIL OFL 1.1; the licence ships as
// public/fonts/Tinos-OFL.txt). Both renderers register them under the same family name.
export const TINOS_FILES = {
  normal: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italics: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  bolditalics: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;

export type FontStyleKey = keyof typeof TINOS_FILES;
