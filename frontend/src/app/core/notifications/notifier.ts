import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { Problem } from '../http/problem-details';
import { Message } from '../i18n/message';
import { problemMessage } from './problem-message';

/** Short confirmations and failures in a snackbar, in the active language. */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  success(key: string, params?: Record<string, unknown>): void {
    this.show({ key, params }, 5000);
  }

  problem(problem: Problem): void {
    this.show(problemMessage(problem), 10000);
  }

  private show(message: Message, duration: number): void {
    const text =
      message.key !== undefined
        ? this.transloco.translate(message.key, message.params)
        : message.text;
    this.snackBar.open(text, this.transloco.translate('common.dismiss'), {
      duration,
      politeness: 'polite',
    });
  }
}
