// The lazy half's stylesheet comes with its root component (the first chunk does not carry it).
import '../styles/connect.css';
import { FormScreen } from '../form/FormScreen';
import { SuccessScreen } from '../result/SuccessScreen';
import { displayNameOf } from '../list/display-name';
import type { WidgetModel } from '../machine/machine';
import type { Screen } from '../machine/screen';
import type { ScreenActions } from './ScreenView';

export type LoadedScreenName = 'form' | 'submitting' | 'oauth' | 'success';

export interface LoadedScreenProps {
  model: WidgetModel;
  screen: Extract<Screen, { name: LoadedScreenName }>;
  actions: ScreenActions;
}

/** The screens that live in the lazily loaded half of the widget (the list is the first chunk's). */
export function LoadedScreen({ model, screen, actions }: LoadedScreenProps) {
  switch (screen.name) {
    case 'form':
    case 'submitting': {
      const form = model.formFor(screen.target.integration);
      const isSubmitting = screen.name === 'submitting';
      const handoff = model.handoff.value;
      const onHandoff = handoff?.isOffered(screen.target) ? handoff.open : null;
      if (!form) return null;
      return (
        <FormScreen
          target={screen.target}
          form={form}
          pending={model.pending}
          isSubmitting={isSubmitting}
          onSubmit={model.submit}
          onIntent={() => model.prefetch(screen.target.integration)}
          onBack={isSubmitting ? null : actions.onBack}
          onClose={actions.onClose}
          onHandoff={onHandoff}
        />
      );
    }
    case 'oauth': {
      const oauth = model.oauth.value;
      const handoff = model.handoff.value;
      const onHandoff = handoff?.isOffered(screen.target) ? handoff.open : null;
      return oauth && <oauth.Waiting model={oauth} name={displayNameOf(screen.target.integration)} onClose={actions.onClose} onHandoff={onHandoff} />;
    }
    case 'success':
      return <SuccessScreen target={screen.target} isPending={screen.result.isPending === true} onDone={actions.onClose} />;
    default:
      return screen satisfies never;
  }
}
