/**
 * Marks a self-check in place instead of leaving for the answers page: each
 * question says whether the choice was right (in words, not only colour),
 * names the right answer when it was not, and reveals its explanation and
 * link back to the chapter. The score is announced in a status line.
 */
class SelfCheck extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      const questions = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-answer]')];
      let right = 0;
      for (const question of questions) {
        const chosen = question.querySelector<HTMLInputElement>('input[type=radio]:checked');
        const isRight = chosen?.value === question.dataset['answer'];
        if (isRight) right++;
        question.dataset['result'] = isRight ? 'right' : 'wrong';
        const verdict = question.querySelector('[data-verdict]');
        if (verdict) {
          verdict.textContent = isRight
            ? 'Right.'
            : `${chosen ? 'Not quite' : 'Not answered'}: the answer is “${question.dataset['rightAnswer'] ?? ''}”.`;
        }
        question.querySelector<HTMLElement>('[data-feedback]')?.removeAttribute('hidden');
      }
      const score = form.querySelector<HTMLElement>('[data-score]');
      if (score) {
        score.textContent = `You got ${right} of ${questions.length} right.`;
        score.focus();
      }
    });
  }
}

customElements.define('self-check', SelfCheck);
