/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** The app's version (package.json), set at build time, shown in the kiosk's operator panel. */
declare const __APP_VERSION__: string;
declare const __BUILD_TIME__: string;
