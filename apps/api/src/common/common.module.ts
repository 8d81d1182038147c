import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AUTH_SETTINGS, type AuthSettings } from './auth-settings';
import { CsrfTokens } from './csrf';

/** Cross-cutting providers every feature may inject. */
@Global()
@Module({})
export class CommonModule {
  static forRoot(settings: AuthSettings): DynamicModule {
    return {
      module: CommonModule,
      providers: [{ provide: AUTH_SETTINGS, useValue: settings }, CsrfTokens],
      exports: [AUTH_SETTINGS, CsrfTokens],
    };
  }
}
