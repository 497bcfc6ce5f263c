import type { ConsoleModel } from '../models/console-model';
import { Shell } from './Shell';
import { SignIn } from './SignIn';

/** Nothing of the console shows until the server has accepted a secret key. */
export function App({ model }: { model: ConsoleModel }) {
  if (model.session.environment.value === null) {
    return <SignIn session={model.session} onSubmit={(key) => void model.signIn(key)} />;
  }
  return <Shell model={model} />;
}
