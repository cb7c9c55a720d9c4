import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';

import { routes } from './app.routes';
import { Session } from './core/auth/session';
import { unauthorizedInterceptor } from './core/http/unauthorized-interceptor';
import { DEFAULT_LANGUAGE, LANGUAGES, Language } from './core/i18n/language';
import { TranslocoBundledLoader } from './core/i18n/transloco-bundled-loader';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';
import { Theme } from './core/theme/theme';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    // Spring Security's SPA CSRF pair; Angular only sends it on unsafe methods to relative URLs.
    provideHttpClient(
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([unauthorizedInterceptor]),
    ),
    provideTransloco({
      config: {
        availableLangs: LANGUAGES.map((l) => l.code),
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: TranslocoBundledLoader,
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // Before the first route: who is signed in (also sets the CSRF cookie) and the texts.
    provideAppInitializer(() => {
      inject(Theme);
      return forkJoin([inject(Session).load(), inject(Language).init()]);
    }),
  ],
};
